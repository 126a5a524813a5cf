/** The Chromium the browser tests use, launched with the same closed-network flags. */
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import config from '../../playwright.config.ts';

export function chromiumLaunchOptions(): LaunchOptions {
  const options = config.projects?.[0]?.use?.launchOptions;
  if (!options) throw new Error('playwright.config.ts has no launch options for Chromium');
  return options;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
