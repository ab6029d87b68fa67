import { ImageResponse } from "next/og";
import { SocialImage } from "@/components/SocialImage";
import { SOCIAL_IMAGE_ALT, SOCIAL_IMAGE_SIZE, siteSocialImage } from "@/lib/catalog/social-image";

// The site's card: the home page's image, inherited by every page without one of its own.
export const alt = SOCIAL_IMAGE_ALT.site;
export const size = SOCIAL_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return new ImageResponse(<SocialImage card={siteSocialImage()} />, size);
}
