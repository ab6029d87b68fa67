import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { SocialImage } from "@/components/SocialImage";
import { articleParams } from "@/lib/catalog/catalog";
import { SOCIAL_IMAGE_ALT, SOCIAL_IMAGE_SIZE, socialImageFor } from "@/lib/catalog/social-image";

// Prerendered for exactly the pages that exist, as page.tsx is: any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("categories");
}

export const alt = SOCIAL_IMAGE_ALT.categories;
export const size = SOCIAL_IMAGE_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const card = socialImageFor("categories", (await params).slug);
  if (!card) notFound();
  return new ImageResponse(<SocialImage card={card} />, size);
}
