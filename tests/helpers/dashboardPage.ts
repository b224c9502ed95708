import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The dashboard shell's steps, driven in a page: sign in and out, submit an action form. */
export function dashboardPage(page: Page, baseUrl: string, password: string) {
  const url = (path: string) => `${baseUrl}${path}`;

  /** Signs in from the header: the "Đăng nhập" button opens the form (shown at once where reads need a session). */
  async function login(username: string) {
    await page.goto(url("/"));
    const form = page.locator("#sign-in-panel form.login");
    const button = page.locator('header [data-testid="sign-in"]');
    const account = page.locator('[data-testid="account-name"]');
    await page.locator('[data-testid="account-name"], header [data-testid="sign-in"]').first().waitFor();
    if ((await account.count()) > 0) await logout();
    if ((await form.count()) === 0) await button.click();
    await form.locator('input[name="username"]').fill(username);
    await form.locator('input[name="password"]').fill(password);
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="account-name"]').count(), { timeout: 15_000 })
      .toBe(1);
  }

  /** Signs out from the header. */
  async function logout() {
    await page.locator("header button", { hasText: /Đăng xuất|Sign out/ }).click();
    await expect
      .poll(() => page.locator('header [data-testid="sign-in"]').count(), { timeout: 15_000 })
      .toBe(1);
  }

  /** Submits one action form of the activity page and waits for the timeline to grow. */
  async function act(action: string, fields: Record<string, string> = {}) {
    const form = page.locator(`form[data-action="${action}"]`);
    await form.waitFor();
    const before = await page.locator('[data-testid="timeline"] li').count();
    for (const [name, value] of Object.entries(fields)) await form.locator(`[name="${name}"]`).fill(value);
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="timeline"] li').count(), { timeout: 15_000 })
      .toBe(before + 1);
  }

  /** The event types of the activity page's timeline, in order. */
  const timelineTypes = () =>
    page
      .locator('[data-testid="timeline"] li')
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-type")));

  return { url, login, logout, act, timelineTypes };
}
