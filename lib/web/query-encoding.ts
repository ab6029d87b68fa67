/** A query value as a form encodes it (spaces as "+"), except that commas, compare's list separator, stay readable. */
export const encodeQueryValue = (value: string) => encodeURIComponent(value).replace(/%20/g, "+").replace(/%2C/g, ",");
