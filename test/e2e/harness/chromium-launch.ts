import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { z } from 'zod';

/**
 * The browser for the tests comes from npm (DESIGN.md, Toolchain facts): @sparticuz/chromium ships a
 * Chromium build that `executablePath()` unpacks to the temp folder. TILLIT_CHROMIUM=/path/to/chrome
 * uses another Chromium (a system without the npm build's libraries, or a newer browser).
 */
const sparticuzSchema = z.object({ executablePath: z.string().min(1), args: z.array(z.string()) });

/**
 * Flags of the npm build that would make the browser less strict than a user's: the tests check
 * same-origin behaviour (the pass-through, forged requests), so web security stays on.
 */
const WEAKENING_FLAGS = ['--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials'];

/** @sparticuz/chromium is an ES module that reads import.meta; jest's CommonJS loader cannot, so a child Node asks it. */
async function sparticuzChromium(): Promise<z.infer<typeof sparticuzSchema>> {
  const script = "import chromium from '@sparticuz/chromium'; process.stdout.write(JSON.stringify({ executablePath: await chromium.executablePath(), args: chromium.args }));";
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), timeout: 120_000 });
  return sparticuzSchema.parse(JSON.parse(stdout));
}

export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const override = env.TILLIT_CHROMIUM?.trim();
  if (override) return chromium.launch({ executablePath: override, headless: true });
  const npmBuild = await sparticuzChromium();
  return chromium.launch({ executablePath: npmBuild.executablePath, args: npmBuild.args.filter((flag) => !WEAKENING_FLAGS.includes(flag)), headless: true });
}
