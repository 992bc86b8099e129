// Shape of a translation file: the same keys as the English source, any string values.
// Plural keys follow i18next v4 (`key_one`, `key_other`); a language may add the extra
// CLDR categories it needs (`_few`, `_many` for Russian). test/i18n checks each language
// has exactly the categories Intl.PluralRules asks for.
type PluralExtra<K> = K extends `${infer Base}_other`
  ? `${Base}_zero` | `${Base}_two` | `${Base}_few` | `${Base}_many`
  : never;

// Russian past tense agrees with a guest's sex: a language may add `_male` and `_female` forms
// (i18next context, see gender.ts) to a key whose plain form is worded without gender.
type GenderExtra<K> = K extends string ? `${K}_male` | `${K}_female` : never;

export type Strings<T> = {
  [K in keyof T]: T[K] extends string ? string : Strings<T[K]>;
} & { [K in keyof T as PluralExtra<K & string>]?: string } & {
  [K in keyof T as T[K] extends string ? GenderExtra<K> : never]?: string;
};
