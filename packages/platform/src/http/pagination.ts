/** The largest page any connection serves; larger requests are refused (see page-size-plugin). */
export const MAX_PAGE_SIZE = 100;
/** What a connection serves without `first` or `last` (the Pothos relay plugin's default). */
export const DEFAULT_PAGE_SIZE = 20;
