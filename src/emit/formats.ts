/** The output formats, in the order a build lists them (notice.config.yaml `formats`). */
export const ALL_FORMATS = ['html', 'simplified-html', 'pdf', 'simplified-pdf', 'text', 'jsonld'] as const;
export type FormatName = (typeof ALL_FORMATS)[number];
