/**
 * The i18next `context` for a guest's recorded sex: Russian past tense agrees with it ("выехал",
 * "выехала"), so such a key has `_male` and `_female` forms in every language (the parity test
 * wants the same keys) and its plain form is worded without gender, for X or an unknown person.
 */
export const sexContext = (sex: string | null | undefined): 'male' | 'female' | undefined =>
  sex === 'F' ? 'female' : sex === 'M' ? 'male' : undefined;
