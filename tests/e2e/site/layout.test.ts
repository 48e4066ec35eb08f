import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { AuthoringPage } from './pages/authoring-page.js';
import { HomePage } from './pages/home-page.js';
import { StagesPage } from './pages/stages-page.js';

const site = useBuiltSite();

describe('page frame', () => {
  it('moves focus to the main content with the skip link', async () => {
    const home = new HomePage(await site.newPage(), site.origin);
    await home.open();
    await home.useSkipLink();
    expect(await home.focusedId()).toBe('main');
    expect(home.currentPath()).toBe('/#main');
  });

  it('declares British English and has the landmarks every page shares', async () => {
    const home = new HomePage(await site.newPage(), site.origin);
    await home.open();
    expect(await home.page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await home.page.locator('header').count()).toBeGreaterThan(0);
    expect(await home.page.locator('main#main').count()).toBe(1);
    expect(await home.page.locator('footer').textContent()).toContain('updated 16 September 2024');
    expect(await home.navigationLabels()).toEqual([
      'Guidance',
      'Scenarios',
      'Deadline calculator',
      'Reflective log',
      'Authoring',
      'Search',
    ]);
  });

  it('carries a content security policy without unsafe-inline scripts', async () => {
    const home = new HomePage(await site.newPage(), site.origin);
    await home.open();
    const policy = (await home.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src [^;]*'self'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it.each(['/', '/guidance/resolution-process/', '/search/?q=panel', '/authoring/'])(
    'loads %s without a CSP violation or a console error',
    async (path) => {
      const page = await site.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP blocked ${event.violatedDirective}: ${event.blockedURI}`);
        });
      });
      const home = new HomePage(page, site.origin);
      await home.goto(path);
      await home.waitForIslands();
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    },
  );

  it('marks the current section in the navigation', async () => {
    const stages = new StagesPage(await site.newPage(), site.origin);
    await stages.open();
    expect(await stages.page.locator('nav[aria-label="Main"] a[aria-current]').textContent()).toBe('Guidance');
  });
});

describe('stages page on a phone and on a desktop', () => {
  it('stacks the table at 375px without sideways scrolling, and saves a screenshot', async () => {
    const stages = new StagesPage(await site.newPage({ viewport: { width: 375, height: 812 } }), site.origin);
    await stages.open();
    expect(await stages.horizontalOverflow()).toBeLessThanOrEqual(0);
    const display = await stages.table().locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display);
    expect(display).toBe('block');
    await stages.screenshot(site.artifact('stages-375.png'));
  });

  it('lays the table out as a table at 1280px, and saves a screenshot', async () => {
    const stages = new StagesPage(await site.newPage({ viewport: { width: 1280, height: 900 } }), site.origin);
    await stages.open();
    const display = await stages.table().locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display);
    expect(display).toBe('table-row');
    await stages.screenshot(site.artifact('stages-1280.png'));
  });

  it('does not scroll sideways at 320px on any main page', async () => {
    const page = await site.newPage({ viewport: { width: 320, height: 640 } });
    const stages = new StagesPage(page, site.origin);
    for (const path of ['/', '/guidance/', StagesPage.path, '/guidance/the-conversation/', '/search/?q=panel', '/authoring/']) {
      await stages.goto(path);
      expect(await stages.horizontalOverflow(), path).toBeLessThanOrEqual(0);
    }
  });

  it('uses 19px body text on a desktop and 16px on a phone', async () => {
    const desktop = new StagesPage(await site.newPage({ viewport: { width: 1280, height: 900 } }), site.origin);
    await desktop.open();
    expect(await desktop.page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('19px');
    const phone = new StagesPage(await site.newPage({ viewport: { width: 375, height: 812 } }), site.origin);
    await phone.open();
    expect(await phone.page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
  });
});

describe('authoring page', () => {
  it('renders the scenario authoring guide from scenarios/README.md with working in-page links', async () => {
    const authoring = new AuthoringPage(await site.newPage(), site.origin);
    await authoring.open();
    expect(await authoring.heading()).toMatch(/scenario/i);
    expect(await authoring.headings()).toEqual(expect.arrayContaining(['Durations', 'Test plans']));
    const fragments = await authoring.page.locator('main a[href^="#"]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!.slice(1)).filter((id) => id !== ''),
    );
    for (const id of fragments) expect(await authoring.page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(await authoring.scriptCount()).toBe(0);
  });
});
