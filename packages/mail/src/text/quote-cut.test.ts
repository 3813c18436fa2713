import EmailReplyParser from 'email-reply-parser';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';
import { newText, snippetOf } from './new-text.js';
import { cutQuotedHistory } from './quote-cut.js';

const QUOTE = '\n> Hi Bob,\n> our pitch';

describe('cutQuotedHistory', () => {
  it.each([
    ['On Mon, Nov 30, 2026 at 10:00 AM Ann Example <ann@acme.test> wrote:'],
    ['On Mon, Nov 30, 2026 at 10:00 AM Ann Example <\nann@acme.test> wrote:'],
    ['Am Mo., 30. Nov. 2026 um 10:00 Uhr schrieb Ann Example <ann@acme.test>:'],
    ['Am 30.11.2026 um 10:00 schrieb Ann Example:'],
    ['Le lun. 30 nov. 2026 à 10:00, Ann Example <ann@acme.test> a écrit :'],
    ['El lun, 30 nov 2026 a las 10:00, Ann Example (<ann@acme.test>) escribió:'],
    ['Em seg., 30 de nov. de 2026 às 10:00, Ann Example <ann@acme.test> escreveu:'],
    ['Op ma 30 nov. 2026 om 10:00 schreef Ann Example <ann@acme.test>:'],
    ['-----Original Message-----\nFrom: Ann'],
    ['-----Ursprüngliche Nachricht-----\nVon: Ann'],
    ['From: Ann Example\nSent: Monday, November 30, 2026 10:00 AM\nTo: Bob'],
    ['Von: Ann Example\nGesendet: Montag, 30. November 2026 10:00\nAn: Bob'],
    ['De : Ann Example\nEnvoyé : lundi 30 novembre 2026 10:00\nÀ : Bob'],
    ['De: Ann Example\nEnviado: lunes, 30 de noviembre de 2026 10:00\nPara: Bob'],
    ['Van: Ann Example\nVerzonden: maandag 30 november 2026 10:00\nAan: Bob'],
    ['________________________________\nFrom: Ann Example <ann@acme.test>\nSent: Monday'],
  ])('cuts at %j', (marker) => {
    expect(cutQuotedHistory(`Sounds good.\n\n${marker}${QUOTE}`).trim()).toBe('Sounds good.');
  });

  it('leaves text without history alone', () => {
    expect(cutQuotedHistory('One line.\nFrom: here on, all good.')).toBe(
      'One line.\nFrom: here on, all good.',
    );
  });

  // Why the cut exists: email-reply-parser keeps Outlook's "From: … Sent: …" block without an address.
  it('catches what email-reply-parser misses', () => {
    const outlook =
      'Thanks.\n\nFrom: Ann Example\nSent: Monday, November 30, 2026 10:00 AM\nTo: Bob\n\nour pitch';
    expect(new EmailReplyParser().parseReply(outlook)).toContain('our pitch');
    expect(newText(outlook).trim()).toBe('Thanks.');
  });
});

describe('newText and snippetOf', () => {
  it('removes > quotes and signatures', () => {
    expect(snippetOf(newText('Not now.\n\n-- \nBob Smith\nCEO\n\n> quoted'))).toBe('Not now.');
  });

  it('collapses whitespace and caps at 500 characters', () => {
    expect(snippetOf(' a \n\n b\t c ')).toBe('a b c');
    expect(snippetOf('x'.repeat(2_000))).toHaveLength(500);
  });

  it('never ends on half a surrogate pair', () => {
    const snippet = snippetOf(`${'x'.repeat(499)}😀😀`);
    expect(snippet).toBe('x'.repeat(499));
  });
});

describe('htmlToText', () => {
  it('drops style, script and comments, decodes entities', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><script>x()</script><!-- c --><p>Hi&nbsp;Ann &amp; co &#8211; ok&#x21;</p></body></html>';
    expect(htmlToText(html)).toBe('Hi Ann & co – ok!');
  });

  it('cuts at Gmail, Outlook and blockquote history', () => {
    expect(htmlToText('<div>Yes.</div><div class="gmail_quote">On … wrote:</div>')).toBe('Yes.');
    expect(
      htmlToText('<p>Yes.</p><div id="appendonsend"></div><div id="divRplyFwdMsg">From: Ann</div>'),
    ).toBe('Yes.');
    expect(htmlToText('<p>Yes.</p><blockquote type="cite">old</blockquote>')).toBe('Yes.');
  });

  it('keeps line breaks of block tags and a lone "<" in text', () => {
    expect(htmlToText('<p>a < b</p><p>c</p>')).toBe('a < b\n\nc');
  });

  it('stays fast on hostile markup', () => {
    const hostile = '<style'.repeat(20_000) + '<p'.repeat(20_000) + '<!--'.repeat(20_000);
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});
