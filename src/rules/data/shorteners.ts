/** Link-shortener hosts (data: extend as needed). A shortener hides where a link goes and can expire. */
export const SHORTENER_HOSTS: ReadonlySet<string> = new Set([
  'acortar.link', 'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'ow.ly', 't.co', 'is.gd', 'cutt.ly', 'rebrand.ly',
  'shorturl.at', 'rb.gy', 'tiny.cc', 'buff.ly', 'lnkd.in', 'short.gy', 'v.gd', 's.id', 'shor.by', 'acortaurl.com',
]);
