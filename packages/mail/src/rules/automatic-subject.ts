/**
 * Subject prefixes autoresponders write, in English, German, French, Spanish, Portuguese and
 * Dutch (Exchange and Gmail localise them). Anchored at the start: "Re: vacation plans" is human.
 */
const AUTOMATIC_SUBJECT =
  /^(?:automatic reply|auto-?reply|auto response|autoresponse|out of (?:the )?office|ooo\b|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence|absent|respuesta autom[áa]tica|fuera de la oficina|resposta autom[áa]tica|ausente|fora do escrit[óo]rio|automatisch antwoord|afwezig|niet aanwezig|vacation|on vacation|away from (?:the )?office)\b/i;

/** `auto-subject` when the subject is an autoresponder's, else null. */
export function automaticSubjectEvidence(subject: string): string | null {
  return AUTOMATIC_SUBJECT.test(subject.trim()) ? 'auto-subject' : null;
}
