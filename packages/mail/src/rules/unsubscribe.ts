import { phraseText } from '../text/whitespace.js';
import type { Language } from './languages.js';

/**
 * Requests to stop, per language, matched on the lead's new text only (the quoted original may
 * carry our own unsubscribe footer). "Not interested" is a reply, not a request to stop.
 */
const STOP: Readonly<Record<Language, RegExp>> = {
  en: /(?:^|\W)(?:unsubscribe|unsubscribed|remove me|remove my (?:e-?mail|address|name|contact)|take me off|stop (?:e-?mailing|emailing|contacting|messaging|sending|writing to) me|stop sending (?:me )?(?:e-?mails|these)|do not (?:contact|e-?mail|email) me|don't (?:contact|e-?mail|email) me|opt(?:-| )?(?:me )?out|no (?:more|further) e-?mails|delete my (?:e-?mail|address|data))(?:$|\W)/,
  de: /(?:^|\W)(?:abmelden|abbestellen|austragen|tragen sie mich aus|entfernen sie mich|entfernen sie meine|bitte entfernen|keine (?:weiteren )?(?:e-?mails|e-?mail|nachrichten|mails) mehr|kontaktieren sie mich nicht|schreiben sie mir nicht mehr|l[öo]schen sie meine)(?:$|\W)/,
  fr: /(?:^|\W)(?:d[ée]sabonner|d[ée]sinscrire|d[ée]sinscription|d[ée]sabonnement|retirez-moi|retirez moi|supprimez-moi|supprimez moi|ne plus recevoir|ne me contactez plus|arr[êe]tez de m'[ée]crire|plus d'e-?mails)(?:$|\W)/,
  es: /(?:^|\W)(?:darme de baja|darse de baja|dar de baja|d[ée]nme de baja|baja de (?:su|la) lista|no me escriban m[áa]s|no me escriba m[áa]s|no me contacten|eliminen mi|elimine mi|s[áa]quenme|quiero cancelar la suscripci[óo]n)(?:$|\W)/,
  pt: /(?:^|\W)(?:descadastrar|descadastre|descadastro|remover meu e-?mail|remova meu e-?mail|removam meu|remova-me|cancelar (?:a )?inscri[çc][ãa]o|n[ãa]o me enviem mais|n[ãa]o quero receber|parem de me enviar)(?:$|\W)/,
  nl: /(?:^|\W)(?:afmelden|uitschrijven|schrijf mij uit|schrijf me uit|verwijder mij|verwijder me|verwijder mijn|geen e-?mails meer|geen mails meer|niet meer mailen|stop met mailen)(?:$|\W)/,
};

/** `unsubscribe-phrase:<language>` for the first language whose stop phrase the new text holds, else null. */
export function unsubscribeEvidence(newText: string): string | null {
  const searched = phraseText(newText.slice(0, 8_000));
  for (const [language, pattern] of Object.entries(STOP)) {
    if (pattern.test(searched)) return `unsubscribe-phrase:${language}`;
  }
  return null;
}
