/** A `<meta name content>` tag, the form of most vocabularies (Highwire Press, Twitter cards). */
export interface NamedMetaTag {
  name: string;
  content: string;
}

/** One `<meta>` tag of a page's head: named, or an Open Graph `property`. */
export type MetaTag = NamedMetaTag | { property: string; content: string };
