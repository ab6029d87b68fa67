export function precompiled(entry: string, cacheDir: string): Promise<string>;
