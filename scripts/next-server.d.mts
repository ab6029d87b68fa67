export function ensureBuild(): void;
export function freePort(from: number, tries?: number): Promise<number>;
export function nextBin(): string;
export function startNext(
  port: number,
  options?: { cwd?: string; env?: Record<string, string>; workers?: number },
): Promise<{ url: string; stop: () => void; process: import("node:child_process").ChildProcess }>;
