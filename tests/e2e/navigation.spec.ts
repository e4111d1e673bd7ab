// The app cannot be taken away from its own origin, and foreign code cannot run in it.
// Electron: main refuses navigation and new windows (electron/main/security.ts). Both:
// the renderer's link guard keeps external links out of the window, and the CSP stops
// injected script. Web host: the token, Host and Origin checks (electron/web/host.ts).
import { request as httpRequest } from 'node:http';
import { expect, target, test } from './fixtures.ts';

test('clicking an external link does not leave the app', async ({ page, appOrigin }) => {
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    link.textContent = 'An external link';
    document.body.append(link);
  });
  await page.getByRole('link', { name: 'An external link' }).click();
  await page.waitForTimeout(500);
  expect(new URL(page.url()).origin).toBe(appOrigin);
  await expect(page.getByRole('heading', { level: 1, name: 'Impartial' })).toBeVisible();
});

test('injected inline script does not run (Content-Security-Policy)', async ({ page }) => {
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('src', 'data:,x');
    handler.setAttribute('onerror', 'window.__injected = true');
    document.body.append(handler);
    await new Promise((r) => setTimeout(r, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('script from another origin is refused (Content-Security-Policy)', async ({ page }) => {
  const loaded = await page.evaluate(() => new Promise<boolean>((resolve) => {
    const script = document.createElement('script');
    script.src = 'https://example.com/evil.js';
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.body.append(script);
  }));
  expect(loaded).toBe(false);
});

if (target === 'electron') {
  test('setting window.location to another origin does not leave the app', async ({ page, appOrigin }) => {
    await page.evaluate(() => { window.location.href = 'https://example.com/'; });
    await page.waitForTimeout(1000);
    expect(new URL(page.url()).origin).toBe(appOrigin);
  });

  test('window.open does not create a window', async ({ page, electronApp }) => {
    await page.evaluate(() => { window.open('https://example.com/'); });
    await page.waitForTimeout(500);
    expect(electronApp!.windows()).toHaveLength(1);
  });
}

if (target === 'web') {
  const get = (port: number, path: string, headers: Record<string, string>) => new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

  test('the web host serves the page with the strict CSP', async ({ page, webHost }) => {
    const response = await page.goto(`${webHost!.origin}/`);
    const csp = (await response!.allHeaders())['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  test('the web host refuses a request without the token, and a foreign Host', async ({ webHost }) => {
    const host = `127.0.0.1:${webHost!.port}`;
    expect(await get(webHost!.port, '/', { host })).toBe(403);
    expect(await get(webHost!.port, '/api/events', { host })).toBe(403);
    expect(await get(webHost!.port, `/?token=${webHost!.token}`, { host: `attacker.example:${webHost!.port}` })).toBe(403);
    expect(await get(webHost!.port, '/', { host, cookie: `impartial_token_${webHost!.port}=${webHost!.token}` })).toBe(200);
    expect(await get(webHost!.port, '/', { host, cookie: `impartial_token_${webHost!.port}=${webHost!.token}`, origin: 'https://attacker.example' })).toBe(403);
  });

  test('another site cannot call the API from a browser', async ({ page, webHost, browser }) => {
    // A page on a different origin (a second loopback origin) tries the API with credentials.
    const other = await browser.newContext();
    const evil = await other.newPage();
    await evil.route('http://attacker.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<title>x</title>' }));
    await evil.goto('http://attacker.test/');
    const outcome = await evil.evaluate(async (origin) => {
      try {
        const r = await fetch(`${origin}/api/listRecent`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
        return `status ${r.status}`;
      } catch {
        return 'blocked';
      }
    }, webHost!.origin);
    expect(outcome).toBe('blocked');
    await other.close();
    await expect(page.getByRole('heading', { level: 1, name: 'Impartial' })).toBeVisible();
  });
}
