// This page's metadata sets its own openGraph object, and Next replaces a parent's openGraph
// whole, file-based image included: so the section page names the site's image again.
export { default, alt, size, contentType } from "../opengraph-image";
