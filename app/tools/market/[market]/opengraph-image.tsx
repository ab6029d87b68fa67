// The index in another market sets its own openGraph, and Next replaces a parent's openGraph whole,
// file-based image included: so it names the site's image again, as /studies does.
export { default, alt, size, contentType } from "../../../opengraph-image";
