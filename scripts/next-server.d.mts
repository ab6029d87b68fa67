export function ensureBuild(): void;
export function startNext(port: number): Promise<{ url: string; stop: () => void }>;
