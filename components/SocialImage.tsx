import { site } from "@/lib/site";
import { SOCIAL_IMAGE_SIZE, type SocialCard } from "@/lib/catalog/social-image";

// The light palette of styles/tokens.css (satori cannot read CSS variables). Every text colour
// keeps at least 4.5:1 contrast on the background it sits on.
const COLORS = {
  bg: "#ffffff",
  fg: "#1b1f23",
  muted: "#4a5560",
  accent: "#0b5c4a",
  accentSoft: "#e6f2ee",
  onAccent: "#ffffff",
} as const;

/** Long titles get a smaller size so that every title fits in three lines. */
function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 50) return 64;
  return 52;
}

/**
 * The layout of every social image, drawn by next/og (satori): flexbox only, inline styles,
 * and every element with more than one child is display:flex. Takes words, never reads data.
 */
export function SocialImage({ card }: { card: SocialCard }) {
  return (
    <div
      style={{
        width: SOCIAL_IMAGE_SIZE.width,
        height: SOCIAL_IMAGE_SIZE.height,
        display: "flex",
        flexDirection: "column",
        background: COLORS.bg,
        color: COLORS.fg,
        borderTop: `16px solid ${COLORS.accent}`,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "56px 72px 0", overflow: "hidden" }}>
        {card.kind && (
          <div style={{ display: "flex", fontSize: 30, color: COLORS.accent, letterSpacing: 2, textTransform: "uppercase" }}>
            {card.kind}
          </div>
        )}
        <div style={{ display: "flex", marginTop: card.kind ? 16 : 0, fontSize: titleSize(card.title), lineHeight: 1.15, fontWeight: 700 }}>
          {card.title}
        </div>
        <div style={{ display: "flex", marginTop: 28, fontSize: 34, lineHeight: 1.4, color: COLORS.muted }}>{card.line}</div>
      </div>
      <div
        style={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          padding: "0 72px",
          height: 104,
          background: COLORS.accentSoft,
          fontSize: 30,
        }}
      >
        <div style={{ display: "flex", color: COLORS.accent }}>{site.name}</div>
        {card.fact && (
          <div
            style={{
              display: "flex",
              padding: "10px 24px",
              borderRadius: 12,
              background: COLORS.accent,
              color: COLORS.onAccent,
            }}
          >
            {card.fact}
          </div>
        )}
      </div>
    </div>
  );
}
