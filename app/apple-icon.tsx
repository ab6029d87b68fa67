import { ImageResponse } from "next/og";
import { LOGO_RUNNER } from "@/components/LogoMark";

// The touch icon a phone shows for a bookmarked page: the favicon's runner, drawn large and without
// the rounded corners, which the phone adds itself.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: "#0b5c4a" }}>
        <svg width="180" height="180" viewBox="0 0 32 32">
          <circle cx="20.5" cy="6.5" r="2.7" fill="#fff" />
          <path d={LOGO_RUNNER} stroke="#fff" strokeWidth="2.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
    ),
    size,
  );
}
