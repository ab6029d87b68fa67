// The sorted map sets its own openGraph too; it names the site's image again, as /evidence does.
export { default, alt, size, contentType } from "../../../opengraph-image";
