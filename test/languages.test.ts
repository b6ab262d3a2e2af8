// Built-in copy in 20 languages, chosen from `locale` or the nearest `lang` (es-PE → es →
// English), loaded before the first render for languages other than English, right to left for
// Arabic, Hebrew and Persian, and overridden by attributes and slots as in English.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportAppeal } from '../src/index.js';
import { LANGUAGES, en, type Table } from '../src/copy.js';
import { importPart } from '../src/import-part.js';
import { printed } from '../src/warn.js';
import { appeal, captureWarnings, clearStorage, expectNoAxeViolations, part, parts } from './helpers.js';

/** What a reader sees of the built-in copy, and the labels assistive technology reads. */
function visibleCopy(el: SupportAppeal) {
  return {
    heading: part(el, '[part="heading"]').textContent!.trim(),
    frequencies: parts(el, '[part="frequencies"] button').map((b) => b.textContent!.trim()),
    cta: part(el, '[part="cta"]').textContent!.trim(),
    close: part(el, '[part="close"]').getAttribute('aria-label'),
    groups: [part(el, '[part="frequencies"]').getAttribute('aria-label'), part(el, '[part="tiers"]').getAttribute('aria-label')],
    remind: part(el, '[part="remind"]').textContent!.trim(),
  };
}

const EXPECTED = {
  en: {
    heading: 'We have a small favor to ask',
    frequencies: ['One-time', 'Monthly', 'Annual'],
    cta: 'Support us',
    close: 'Close',
    groups: ['How often', 'Amount'],
    remind: 'Remind me later',
  },
  ru: {
    heading: 'У нас к вам небольшая просьба',
    frequencies: ['Разово', 'Ежемесячно', 'Раз в год'],
    cta: 'Поддержать',
    close: 'Закрыть',
    groups: ['Как часто', 'Сумма'],
    remind: 'Напомнить позже',
  },
  de: {
    heading: 'Wir haben eine kleine Bitte',
    frequencies: ['Einmalig', 'Monatlich', 'Jährlich'],
    cta: 'Unterstützen',
    close: 'Schließen',
    groups: ['Wie oft', 'Betrag'],
    remind: 'Später erinnern',
  },
  fr: {
    heading: 'Nous avons une petite faveur à vous demander',
    frequencies: ['Ponctuel', 'Mensuel', 'Annuel'],
    cta: 'Nous soutenir',
    close: 'Fermer',
    groups: ['Fréquence', 'Montant'],
    remind: 'Me le rappeler plus tard',
  },
  es: {
    heading: 'Tenemos un pequeño favor que pedirle',
    frequencies: ['Única', 'Mensual', 'Anual'],
    cta: 'Apóyenos',
    close: 'Cerrar',
    groups: ['Frecuencia', 'Importe'],
    remind: 'Recordármelo más tarde',
  },
  ar: {
    heading: 'لدينا طلب صغير',
    frequencies: ['مرة واحدة', 'شهريًا', 'سنويًا'],
    cta: 'ادعمنا',
    close: 'إغلاق',
    groups: ['عدد المرات', 'المبلغ'],
    remind: 'ذكّرني لاحقًا',
  },
};

describe('languages', () => {
  beforeEach(clearStorage);

  it('20 in all: English and 19 tables, each a language of its own', () => {
    expect(LANGUAGES).to.have.length(19);
    for (const language of ['pt', 'it', 'nl', 'pl', 'uk', 'tr', 'ja', 'zh', 'ko', 'he', 'sv', 'id', 'hi', 'fa'])
      expect(LANGUAGES).to.include(language);
  });

  for (const language of LANGUAGES) {
    it(`locale="${language}": its own strings from the first render, its lang and direction, no English left`, async () => {
      const { default: table } = (await importPart(`locales/${language}`)) as { default: Table };
      const el = await appeal(html`<support-appeal locale=${language} campaign=${`lang-all-${language}`} dismissible></support-appeal>`);
      const container = part(el, '[part="container"]');
      expect(container.getAttribute('lang')).to.equal(language);
      expect(container.getAttribute('dir')).to.equal(['ar', 'he', 'fa'].includes(language) ? 'rtl' : 'ltr');
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal(table.heading);
      expect(part(el, '[part="cta"]').textContent!.trim()).to.equal(table.cta);
      expect(part(el, '[part="remind"]').textContent!.trim()).to.equal(table.remind);
      expect(part(el, '[part="close"]').getAttribute('aria-label')).to.equal(table.close);
      for (const english of [en.heading, en.cta, en.remind, en.remindPrompt, en.intro]) expect(container.textContent).not.to.include(english);
    });
  }

  it('right to left in Hebrew and Persian: mirrored, and no axe violations', async () => {
    for (const language of ['he', 'fa']) {
      const el = await appeal(html`<support-appeal locale=${language} campaign=${`rtl-${language}`} dismissible already-supported></support-appeal>`);
      expect(getComputedStyle(part(el, '.remind')).direction).to.equal('rtl');
      const close = part(el, '[part="close"]').getBoundingClientRect();
      const box = part(el, '[part="container"]').getBoundingClientRect();
      expect(close.left - box.left, `${language}: the close button on the left`).to.be.below(box.right - close.right);
      await expectNoAxeViolations(el);
    }
  });

  it('Traditional Chinese gets English, not the simplified table; simplified Chinese gets it', async () => {
    for (const locale of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-TW']) {
      const el = await appeal(html`<support-appeal locale=${locale} campaign="zh-hant" loading="eager"></support-appeal>`);
      expect(part(el, '[part="container"]').getAttribute('lang'), locale).to.equal('en');
    }
    const { default: zh } = (await importPart('locales/zh')) as { default: Table };
    for (const locale of ['zh', 'zh-CN', 'zh-Hans-HK']) {
      const el = await appeal(html`<support-appeal locale=${locale} campaign="zh-hans" loading="eager"></support-appeal>`);
      expect(part(el, '[part="heading"]').textContent!.trim(), locale).to.equal(zh.heading);
    }
  });

  for (const [locale, expected] of Object.entries(EXPECTED)) {
    it(`locale="${locale}": every visible string and label in the language, from the first render`, async () => {
      const shows: string[] = [];
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.addEventListener('support-appeal-show', () => shows.push(el.shadowRoot!.querySelector('h2')?.textContent ?? 'nothing'));
      const el = document.createElement('support-appeal') as SupportAppeal;
      el.setAttribute('locale', locale);
      el.setAttribute('dismissible', '');
      el.setAttribute('campaign', `lang-${locale}`);
      container.append(el);
      await el.updateComplete;
      expect(visibleCopy(el)).to.deep.equal(expected);
      // The first render already had the language's copy: no English first.
      expect(shows).to.deep.equal([expected.heading]);
    });
  }

  it('the message and the confirmation with its date, in the language', async () => {
    const el = await appeal(html`<support-appeal locale="de" currency="EUR" amounts="3,6" campaign="lang-de-message"></support-appeal>`);
    expect(part(el, '[part="message"]').textContent!.trim()).to.match(/^Millionen Menschen .* Unterstützen Sie uns monatlich, schon ab 3\s€\.$/);
    part<HTMLButtonElement>(el, '[part="remind"]').click();
    await el.updateComplete;
    expect(part(el, '[role="status"]').textContent).to.match(/^Danke\. Wir erinnern Sie am \d+\. [A-Z][a-zä]+\.$/);
  });

  it('Arabic lays out right to left, with lang and dir on the appeal', async () => {
    const el = await appeal(html`<support-appeal locale="ar-EG" dismissible campaign="lang-ar"></support-appeal>`);
    const box = part(el, '[part="container"]');
    expect(box.getAttribute('dir')).to.equal('rtl');
    expect(box.getAttribute('lang')).to.equal('ar-EG');
    expect(getComputedStyle(box).direction).to.equal('rtl');
    // Logical properties: the close button sits at the start of the line's end, the left in RTL.
    const close = part(el, '[part="close"]').getBoundingClientRect();
    expect(close.left - box.getBoundingClientRect().left).to.be.below(box.getBoundingClientRect().width / 2);
  });

  it('takes the language from the nearest lang, and a regional tag from its language (es-PE → es)', async () => {
    const el = await appeal(
      html`<div lang="es-PE"><p lang="fr"><span><support-appeal campaign="lang-inherit"></support-appeal></span></p></div>`,
    ).then((div) => div.querySelector('support-appeal') as SupportAppeal);
    await el.updateComplete;
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Nous soutenir');
    const peru = await appeal(html`<support-appeal locale="es-PE" campaign="lang-es-pe"></support-appeal>`);
    expect(part(peru, '[part="cta"]').textContent!.trim()).to.equal('Apóyenos');
    expect(part(peru, '[part="container"]').getAttribute('lang')).to.equal('es-PE');
  });

  it('falls back to English for a language without built-in copy, numbers still in its locale', async () => {
    const el = await appeal(html`<support-appeal locale="ro-RO" currency="RON" amounts="10" campaign="lang-ro"></support-appeal>`);
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('We have a small favor to ask');
    expect(part(el, '[part="tier"]').textContent!.replace(/\s/g, ' ').trim()).to.equal(
      new Intl.NumberFormat('ro-RO', { style: 'currency', currency: 'RON', maximumFractionDigits: 0 }).format(10).replace(/\s/g, ' '),
    );
  });

  it('lets attributes and slots override the built-in copy in any language', async () => {
    const el = await appeal(
      html`<support-appeal locale="ru" heading="Поддержите «Вестник»" campaign="lang-override"><b>Своими словами.</b></support-appeal>`,
    );
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Поддержите «Вестник»');
    expect(part(el, '[part="message"]').textContent!.trim()).to.equal('');
    expect(el.textContent).to.equal('Своими словами.');
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Поддержать');
  });

  it('switches language when locale changes', async () => {
    const el = await appeal(html`<support-appeal locale="en" campaign="lang-switch"></support-appeal>`);
    el.locale = 'fr';
    await el.updateComplete;
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Nous soutenir');
  });

  for (const locale of ['ru', 'ar']) {
    it(`passes axe in ${locale}, inline and as a banner, target-size included`, async () => {
      for (const variant of ['inline', 'banner']) {
        const el = await appeal(
          html`<support-appeal locale=${locale} variant=${variant} dismissible checkout-url="/give" campaign="lang-axe"></support-appeal>`,
        );
        await expectNoAxeViolations(el);
        el.remove();
      }
    });
  }

  it('warns nothing for the six languages', async () => {
    const warnings = captureWarnings();
    try {
      for (const locale of Object.keys(EXPECTED)) await appeal(html`<support-appeal locale=${locale} campaign="lang-quiet"></support-appeal>`);
      expect(warnings.calls).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

// WCAG 3.1.2, Language of Parts: every text carries the lang and dir of the language it is in.
describe('the language of what is shown', () => {
  beforeEach(clearStorage);

  const container = (el: SupportAppeal) => part(el, '[part="container"]');

  for (const locale of ['th', 'zh-Hant-TW', 'hu', 'ro-RO']) {
    it(`locale="${locale}" (no built-in copy): the English fallback is marked English, numbers keep ${locale}’s format`, async () => {
      const el = await appeal(html`<support-appeal locale=${locale} currency="EUR" amounts="1000,2000"></support-appeal>`);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('We have a small favor to ask');
      expect(container(el).getAttribute('lang')).to.equal('en');
      expect(container(el).getAttribute('dir')).to.equal('ltr');
      const tier = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1000);
      expect(parts(el, '[part="tier"]')[0]!.textContent!.trim()).to.equal(tier);
    });
  }

  it('a ro-RO page: the English fallback is marked English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro-RO"><support-appeal></support-appeal></div>`);
    const el = wrapper.querySelector('support-appeal')!;
    await el.updateComplete;
    expect(container(el).getAttribute('lang')).to.equal('en');
  });

  it('locale="ur": English fallback is left to right, not under dir="rtl"', async () => {
    const el = await appeal(html`<support-appeal locale="ur"></support-appeal>`);
    expect(container(el).getAttribute('lang')).to.equal('en');
    expect(container(el).getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(part(el, '.remind')).direction).to.equal('ltr');
  });

  it('the site’s own heading and message keep the language asked for, with its direction', async () => {
    const el = await appeal(html`<support-appeal locale="ur" heading="ایک چھوٹی سی گزارش" message="ہماری مدد کریں"></support-appeal>`);
    for (const selector of ['[part="heading"] span', '[part="message"] span']) {
      const own = part(el, selector);
      expect(own.getAttribute('lang'), selector).to.equal('ur');
      expect(own.getAttribute('dir'), selector).to.equal('rtl');
      expect(getComputedStyle(own).direction, selector).to.equal('rtl');
    }
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('ایک چھوٹی سی گزارش');
  });

  it('a language with built-in copy, and English: one lang for everything, no extra wrapper', async () => {
    const ar = await appeal(html`<support-appeal locale="ar" heading="طلب"></support-appeal>`);
    expect([container(ar).getAttribute('lang'), container(ar).getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(ar.shadowRoot!.querySelector('[part="heading"] span')).to.equal(null);
    const gb = await appeal(html`<support-appeal locale="en-GB" heading="A favour"></support-appeal>`);
    expect(container(gb).getAttribute('lang')).to.equal('en-GB');
    expect(gb.shadowRoot!.querySelector('[part="heading"] span')).to.equal(null);
  });
});

describe('SupportAppeal.addTranslation()', () => {
  beforeEach(clearStorage);
  const Appeal = () => customElements.get('support-appeal') as typeof SupportAppeal;

  it('a language without built-in copy: the site’s strings, under its lang; what it left out stays English, marked so', async () => {
    Appeal().addTranslation('ro', {
      heading: 'Avem o mică rugăminte',
      cta: 'Susține-ne',
      remind: 'Amintește-mi mai târziu',
      reminded: 'Mulțumim. Vă vom aminti pe {date}.',
      ask: { monthly: 'Susține-ne lunar, de la {amount}.' },
      frequencies: { monthly: 'Lunar' },
    });
    const el = await appeal(html`<support-appeal locale="ro-RO" campaign="tr-ro" currency="RON" amounts="10,20"></support-appeal>`);
    const container = part(el, '[part="container"]');
    expect(container.getAttribute('lang')).to.equal('ro-RO');
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Avem o mică rugăminte');
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Susține-ne');
    expect(el.shadowRoot!.querySelector('[part="heading"] span')).to.equal(null);
    const message = part(el, '[part="message"]');
    expect(message.textContent).to.include('Susține-ne lunar, de la ');
    // The intro it did not give: English, marked English.
    const english = [...message.querySelectorAll('span[lang="en"]')].map((span) => span.textContent!.trim());
    expect(english).to.deep.equal([en.intro]);
    expect(part(el, '.remind span[lang="en"]').textContent).to.equal(en.remindPrompt);
    const labels = parts(el, '[part="frequencies"] button').map((button) => button.textContent!.trim());
    expect(labels).to.deep.equal(['One-time', 'Lunar', 'Annual']);
    part(el, '[part="remind"]').click();
    await el.updateComplete;
    expect(part(el, '.status').textContent).to.match(/^Mulțumim\. Vă vom aminti pe .+\.$/);
  });

  it('appeals already on the page pick it up; a second call adds to the first', async () => {
    const el = await appeal(html`<support-appeal locale="sk" campaign="tr-sk"></support-appeal>`);
    expect(part(el, '[part="container"]').getAttribute('lang')).to.equal('en');
    Appeal().addTranslation('sk', { heading: 'Máme malú prosbu' });
    await el.updateComplete;
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Máme malú prosbu');
    expect(part(el, '[part="container"]').getAttribute('lang')).to.equal('sk');
    Appeal().addTranslation('sk', { cta: 'Podporte nás' });
    await el.updateComplete;
    expect(part(el, '[part="heading"]').textContent!.trim()).to.equal('Máme malú prosbu');
    expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Podporte nás');
  });

  it('over a built-in language: a region’s own strings first, the rest of the built-in copy, nothing marked English', async () => {
    const { default: de } = (await importPart('locales/de')) as { default: Table };
    Appeal().addTranslation('de-CH', { cta: 'Jetzt unterstützen', remind: 'Später erinnern, bitte' });
    const swiss = await appeal(html`<support-appeal locale="de-CH" campaign="tr-de-ch"></support-appeal>`);
    expect(part(swiss, '[part="cta"]').textContent!.trim()).to.equal('Jetzt unterstützen');
    expect(part(swiss, '[part="heading"]').textContent!.trim()).to.equal(de.heading);
    expect(swiss.shadowRoot!.querySelector('span[lang="en"]')).to.equal(null);
    const german = await appeal(html`<support-appeal locale="de" campaign="tr-de"></support-appeal>`);
    expect(part(german, '[part="cta"]').textContent!.trim()).to.equal(de.cta);
  });

  it('the features’ strings too: a countdown line and the gate’s notice, with placeholders; English where left out', async () => {
    Appeal().addTranslation('hr', {
      daysLeft: { one: 'Još {days} dan', few: 'Još {days} dana', other: 'Još {days} dana' },
      freeLeft: 'Besplatni članci: {left} od {free}',
    });
    const today = new Date();
    const ends = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 3);
    const iso = `${ends.getFullYear()}-${String(ends.getMonth() + 1).padStart(2, '0')}-${String(ends.getDate()).padStart(2, '0')}`;
    const el = await appeal(html`<support-appeal locale="hr" campaign="tr-hr" ends=${iso} count-articles article-id="tr-hr"></support-appeal>`);
    const countdown = part(el, '[part="countdown"]');
    expect(countdown.textContent!.trim()).to.equal('Još 3 dana');
    expect(countdown.getAttribute('lang')).to.equal('hr');
    // The history's line it did not translate: English, marked English.
    expect(part(el, '[part="articles"]').getAttribute('lang')).to.equal('en');
    const box = await fixture<HTMLElement>(
      html`<article><support-appeal variant="gate" locale="hr" campaign="tr-hr-gate" free-articles="9" article-id="tr-hr-gate"></support-appeal><p>Rest.</p></article>`,
    );
    const gate = box.querySelector('support-appeal')!;
    await gate.updateComplete;
    expect(part(gate, '[part="notice"]').textContent!.trim()).to.match(/^Besplatni članci: \d+ od 9$/);
  });

  it('bad input warns once each and is ignored; nothing throws', async () => {
    const warnings = captureWarnings();
    try {
      expect(() => Appeal().addTranslation('zz-!!', 42 as never)).not.to.throw();
      expect(() => Appeal().addTranslation('ro', 42 as never)).not.to.throw();
      expect(() => Appeal().addTranslation(undefined as never, {})).not.to.throw();
      // Values that are no string of their name are left out.
      Appeal().addTranslation('mt', { heading: 42 as never, cta: 'Appoġġjana', ask: 7 as never });
      await printed;
      expect(warnings.calls.filter((w) => w.includes('addTranslation()'))).to.have.length(3);
      const el = await appeal(html`<support-appeal locale="mt" campaign="tr-mt"></support-appeal>`);
      expect(part(el, '[part="heading"]').textContent!.trim()).to.equal(en.heading);
      expect(part(el, '[part="cta"]').textContent!.trim()).to.equal('Appoġġjana');
    } finally {
      warnings.restore();
    }
  });
});
