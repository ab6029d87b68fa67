export function ensureBuild(): void;
export function freePort(from: number, tries?: number): Promise<number>;
export function nextBin(): string;
export function nextBuild(options?: { cwd?: string; env?: Record<string, string> }): number;
export function webConcurrency(value?: string): number;
export function childPids(pid: number): number[];
export function serverReadyMessage(count: number, port: number | string): string;
export function startNext(
  port: number,
  options?: { cwd?: string; env?: Record<string, string>; workers?: number },
): Promise<{ url: string; stop: () => void; process: import("node:child_process").ChildProcess }>;
