import { phraseText } from '../text/whitespace.js';
import { LANGUAGES, type Language } from './languages.js';

/**
 * Phrases that say the person is away, per language, matched on lower-cased collapsed text.
 * Word boundaries are spelled out (`(?:^|\W)`) because `\b` does not see accented letters.
 */
const AWAY: Readonly<Record<Language, RegExp>> = {
  en: /(?:^|\W)(?:out of (?:the )?office|ooo until|on (?:annual |parental |maternity |paternity |sick )?(?:vacation|holiday|holidays|leave)|away (?:from (?:the |my )?(?:office|desk) )?(?:until|till|through)|i am away|i'm away|currently away|(?:be|i'm|i am) back(?: in the office| in office| at work)? (?:on|from|by)|(?:i will |i'll |i )return (?:to the office |to work )?on|returning (?:to the office |to work )?on|limited access to (?:my )?e-?mail|out of office)(?:$|\W)/,
  de: /(?:^|\W)(?:abwesend|nicht im b[üu]ro|au[ßs]er ?haus|im urlaub|in urlaub|urlaubsbedingt|bin ab .{1,40} wieder|wieder im b[üu]ro|wieder erreichbar|abwesenheit)(?:$|\W)/,
  fr: /(?:^|\W)(?:absente?|en cong[ée]s?|en vacances|hors du bureau|de retour le|de retour au bureau|serai de retour)(?:$|\W)/,
  es: /(?:^|\W)(?:fuera de la oficina|de vacaciones|ausente|estar[ée] de vuelta|de regreso el|volver[ée] (?:a la oficina )?el|regresar[ée])(?:$|\W)/,
  pt: /(?:^|\W)(?:fora do escrit[óo]rio|de f[ée]rias|ausente|estarei de volta|retornarei|regressarei|de licen[çc]a)(?:$|\W)/,
  nl: /(?:^|\W)(?:afwezig|op vakantie|niet op kantoor|met verlof|ben terug op|weer aanwezig|weer op kantoor|weer bereikbaar)(?:$|\W)/,
};

/**
 * The languages whose away phrases the text contains, in `LANGUAGES` order (Spanish and
 * Portuguese share "ausente"; both are returned and the date reader tries them in turn).
 */
export function awayLanguages(text: string): Language[] {
  const searched = phraseText(text.slice(0, 8_000));
  return LANGUAGES.filter((language) => AWAY[language].test(searched));
}

/**
 * A first-person "I am out of the office" statement, strong enough to call a message an
 * out-of-office notice without any header or subject marker (some autoresponders set none).
 */
const CLEARLY_AWAY =
  /^(?:thank you for your (?:e-?mail|message)[.!]? )?(?:i am|i'm|i will be) (?:currently )?(?:out of (?:the )?office|on (?:vacation|holiday|leave)|away)|^(?:vielen dank f[üu]r ihre (?:e-?mail|nachricht)[.!]? )?ich bin (?:derzeit |zurzeit )?(?:nicht im b[üu]ro|abwesend|im urlaub)|^(?:merci pour votre (?:e-?mail|message)[.!]? )?je suis (?:actuellement )?(?:absente?|en cong[ée]s?|en vacances)|^(?:gracias por su (?:correo|mensaje)[.!]? )?(?:me encuentro|estoy) (?:actualmente )?(?:fuera de la oficina|de vacaciones|ausente)|^(?:obrigad[oa] pel[ao] (?:sua )?(?:mensagem|e-?mail)[.!]? )?(?:estou|encontro-me) (?:atualmente )?(?:fora do escrit[óo]rio|de f[ée]rias|ausente)|^(?:bedankt voor uw (?:e-?mail|bericht)[.!]? )?ik ben (?:momenteel |op dit moment )?(?:afwezig|op vakantie|niet op kantoor)/;

/** Whether the new text opens with a clear first-person away statement. */
export function isClearlyAway(text: string): boolean {
  return CLEARLY_AWAY.test(
    phraseText(text.slice(0, 2_000)).replace(
      /^(?:hi|hello|hallo|bonjour|hola|ol[áa]|beste|dear)[^.,!]{0,40}[,!.]? /,
      '',
    ),
  );
}
