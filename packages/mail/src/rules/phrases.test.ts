import { describe, expect, it } from 'vitest';
import { awayLanguages, isClearlyAway } from './out-of-office.js';
import { unsubscribeEvidence } from './unsubscribe.js';

describe('awayLanguages', () => {
  it.each([
    ['I am out of the office until Friday.', 'en'],
    ["I'm on vacation with limited access to email.", 'en'],
    ['I will be back on Monday.', 'en'],
    ['Ich bin bis Freitag nicht im Büro.', 'de'],
    ['Ich bin im Urlaub.', 'de'],
    ['Ich bin ab dem 15.12. wieder im Büro.', 'de'],
    ['Je suis en congé jusqu’au 15 décembre.', 'fr'],
    ['Je serai de retour le 15 décembre.', 'fr'],
    ['Estoy fuera de la oficina.', 'es'],
    ['Estaré de vuelta el lunes.', 'es'],
    ['Estou de férias.', 'pt'],
    ['Estarei de volta em 15 de dezembro.', 'pt'],
    ['Ik ben afwezig.', 'nl'],
    ['Ik ben op vakantie en ben terug op maandag.', 'nl'],
  ])('%j is away (%s)', (text, language) => {
    expect(awayLanguages(text)).toContain(language);
  });

  it('an ordinary acknowledgement is not away', () => {
    expect(
      awayLanguages('Thank you for your message, we received your ticket and will get back to you.'),
    ).toEqual([]);
  });
});

describe('isClearlyAway', () => {
  it('needs a first-person away statement at the start', () => {
    expect(isClearlyAway('I am currently out of the office until December 10.')).toBe(true);
    expect(isClearlyAway('Hello, I am on vacation until Monday.')).toBe(true);
    expect(isClearlyAway('Vielen Dank für Ihre Nachricht. Ich bin derzeit nicht im Büro.')).toBe(true);
    expect(isClearlyAway('Sounds good. I am out of the office Friday, so let us talk Monday.')).toBe(false);
  });
});

describe('unsubscribeEvidence', () => {
  it.each([
    ['Please remove me from your list.', 'en'],
    ['unsubscribe', 'en'],
    ['UNSUBSCRIBE', 'en'],
    ['Take me off your list', 'en'],
    ['Stop emailing me.', 'en'],
    ['Do not contact me again', 'en'],
    ['opt out', 'en'],
    ['Bitte keine E-Mails mehr.', 'de'],
    ['Bitte entfernen Sie mich aus dem Verteiler.', 'de'],
    ['abmelden', 'de'],
    ['Merci de me désinscrire.', 'fr'],
    ['Retirez-moi de votre liste.', 'fr'],
    ['Quiero darme de baja.', 'es'],
    ['No me escriban más.', 'es'],
    ['Por favor, descadastrar.', 'pt'],
    ['Favor remover meu e-mail.', 'pt'],
    ['Graag afmelden.', 'nl'],
    ['Verwijder mij van de lijst.', 'nl'],
  ])('%j asks to stop (%s)', (text, language) => {
    expect(unsubscribeEvidence(text)).toBe(`unsubscribe-phrase:${language}`);
  });

  it.each(['Not interested, thanks.', 'Kein Interesse.', 'Pas intéressé.', 'Send me the deck please.'])(
    '%j is a reply',
    (text) => {
      expect(unsubscribeEvidence(text)).toBeNull();
    },
  );
});
