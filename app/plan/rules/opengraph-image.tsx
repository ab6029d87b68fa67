// Like the planner page, this page sets its own openGraph object, so it names the site's image again.
export { default, alt, size, contentType } from "../../opengraph-image";
