/** The languages the phrase rules and date reading know, in the order they are tried. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
