import { describe, expect, it } from 'vitest';
import { type MetaValue, normalizeMeta } from '../src';
import { loadFixture } from './helpers';

/** The value of the one `image` field of a meta object, and the issues. */
function image(raw: unknown) {
  const { meta, issues } = normalizeMeta({ image: raw });
  return { value: meta.entries[0].value, issues };
}

const text = (value: string): MetaValue => ({ kind: 'text', text: value });
const SRC = 'https://cdn.example.com/cover.png';

describe('an image given as a URL string', () => {
  it('a safe URL becomes a thumbnail with no alt text (decorative)', () => {
    expect(image(` ${SRC} `)).toEqual({ value: { kind: 'image', src: SRC, alt: '' }, issues: [] });
    expect(image('/uploads/cover.png')).toEqual({
      value: { kind: 'image', src: '/uploads/cover.png', alt: '' },
      issues: [],
    });
  });

  it('an unsafe scheme is invalid text with an unsafe-url issue at the field', () => {
    expect(image('javascript:alert(1)')).toEqual({
      value: { kind: 'text', text: 'javascript:alert(1)', invalid: true },
      issues: [expect.objectContaining({ code: 'unsafe-url', path: 'meta.image' })],
    });
  });

  it('a mailto: URL may be a link but never an image source', () => {
    expect(image('mailto:photos@example.com')).toEqual({
      value: { kind: 'text', text: 'mailto:photos@example.com', invalid: true },
      issues: [expect.objectContaining({ code: 'unsafe-url', path: 'meta.image' })],
    });
  });

  it('words that are not one URL stay text, with no issue', () => {
    expect(image('cover coming soon')).toEqual({ value: text('cover coming soon'), issues: [] });
  });
});

describe('an image object', () => {
  it.each(['url', 'src', 'source_url', 'secure_url'])('takes its source from "%s"', (key) => {
    expect(image({ [key]: SRC })).toEqual({ value: { kind: 'image', src: SRC, alt: '' }, issues: [] });
  });

  it.each(['alt', 'alternativeText', 'alt_text', 'caption', 'description', 'title'])(
    'takes its alt text from "%s", trimmed',
    (key) => {
      expect(image({ url: SRC, [key]: '  A lighthouse at dusk ' })).toEqual({
        value: { kind: 'image', src: SRC, alt: 'A lighthouse at dusk' },
        issues: [],
      });
    },
  );

  it('with alt text keeps the alt and shows its other fields beside it, in source order', () => {
    expect(image({ width: 1200, url: SRC, alt: 'A lighthouse', mime: 'image/png' })).toEqual({
      value: {
        kind: 'image',
        src: SRC,
        alt: 'A lighthouse',
        details: [
          { key: 'width', label: 'Width', value: { kind: 'number', value: 1200, text: '1200' } },
          { key: 'mime', label: 'Mime', value: text('image/png') },
        ],
      },
      issues: [],
    });
  });

  it('with only a source has no details at all', () => {
    const { value } = image({ src: SRC });
    expect(value).toEqual({ kind: 'image', src: SRC, alt: '' });
    expect(value).not.toHaveProperty('details');
  });

  it('takes the first source that is a string and the first alt that is not blank; the others are details', () => {
    expect(image({ url: 42, src: SRC, alt: '   ', caption: ' Seen from the pier ' })).toEqual({
      value: {
        kind: 'image',
        src: SRC,
        alt: 'Seen from the pier',
        details: [
          { key: 'url', label: 'URL', value: { kind: 'number', value: 42, text: '42' } },
          { key: 'alt', label: 'Alt', value: text('   ') },
        ],
      },
      issues: [],
    });
  });

  it('prefers url to src, and alt to caption', () => {
    expect(image({ src: '/small.png', url: SRC, caption: 'Caption', alt: 'Alt' })).toEqual({
      value: {
        kind: 'image',
        src: SRC,
        alt: 'Alt',
        details: [
          { key: 'src', label: 'Src', value: text('/small.png') },
          { key: 'caption', label: 'Caption', value: text('Caption') },
        ],
      },
      issues: [],
    });
  });

  it('drops fields that are undefined but shows null ones as empty', () => {
    expect(image({ url: SRC, note: undefined, preview_url: null })).toEqual({
      value: {
        kind: 'image',
        src: SRC,
        alt: '',
        details: [{ key: 'preview_url', label: 'Preview URL', value: { kind: 'empty', text: '—' } }],
      },
      issues: [],
    });
  });

  it('reports an issue inside its details at the detail path', () => {
    expect(image({ url: SRC, credit_url: 'javascript:alert(1)' })).toEqual({
      value: {
        kind: 'image',
        src: SRC,
        alt: '',
        details: [
          {
            key: 'credit_url',
            label: 'Credit URL',
            value: { kind: 'text', text: 'javascript:alert(1)', invalid: true },
          },
        ],
      },
      issues: [expect.objectContaining({ code: 'unsafe-url', path: 'meta.image.credit_url' })],
    });
  });
});

describe('an image object without a usable source is shown as it is', () => {
  it('an unsafe source: the record, with the unsafe-url issue at its url', () => {
    expect(image({ url: 'javascript:alert(1)', alt: 'x' })).toEqual({
      value: {
        kind: 'record',
        entries: [
          { key: 'url', label: 'URL', value: { kind: 'text', text: 'javascript:alert(1)', invalid: true } },
          { key: 'alt', label: 'Alt', value: text('x') },
        ],
      },
      issues: [expect.objectContaining({ code: 'unsafe-url', path: 'meta.image.url' })],
    });
  });

  it('a mailto: source: the record, where the url is a link', () => {
    expect(image({ url: 'mailto:photos@example.com' })).toEqual({
      value: {
        kind: 'record',
        entries: [
          {
            key: 'url',
            label: 'URL',
            value: { kind: 'link', href: 'mailto:photos@example.com', text: 'mailto:photos@example.com' },
          },
        ],
      },
      issues: [],
    });
  });

  it('an empty source or words that are not one URL: the record', () => {
    expect(image({ url: '', alt: 'x' })).toEqual({
      value: {
        kind: 'record',
        entries: [
          { key: 'url', label: 'URL', value: { kind: 'empty', text: '—' } },
          { key: 'alt', label: 'Alt', value: text('x') },
        ],
      },
      issues: [],
    });
    expect(image({ src: 'not yet uploaded' })).toEqual({
      value: { kind: 'record', entries: [{ key: 'src', label: 'Src', value: text('not yet uploaded') }] },
      issues: [],
    });
  });

  it('a list carrying a url property is still a list', () => {
    const list = Object.assign([SRC], { url: 'https://cdn.example.com/other.png' });
    expect(image(list)).toEqual({
      value: { kind: 'list', items: [{ kind: 'link', href: SRC, text: SRC }] },
      issues: [],
    });
  });

  it('a number is a number', () => {
    expect(image(3)).toEqual({ value: { kind: 'number', value: 3, text: '3' }, issues: [] });
  });
});

describe('platform image objects', () => {
  it('Strapi v4 media ({ data: { id, attributes } }): the attributes are the image, the id beside them', () => {
    expect(
      image({
        data: {
          id: 31,
          attributes: { url: '/uploads/cover.png', alternativeText: 'Two waveforms', caption: 'Debounce', width: 1920 },
        },
      }),
    ).toEqual({
      value: {
        kind: 'image',
        src: '/uploads/cover.png',
        alt: 'Two waveforms',
        details: [
          { key: 'caption', label: 'Caption', value: text('Debounce') },
          { key: 'width', label: 'Width', value: { kind: 'number', value: 1920, text: '1920' } },
          // The wrapper's own fields are kept too, after the attributes.
          { key: 'id', label: 'ID', value: { kind: 'number', value: 31, text: '31' } },
        ],
      },
      issues: [],
    });
  });

  it('the Strapi v4 fixture’s cover under cover_image is its thumbnail with alt text and every attribute beside it', () => {
    const cover = (loadFixture('platforms/strapi-v4').data as { attributes: { cover: unknown } }).attributes.cover;
    const { meta, issues } = normalizeMeta({ cover_image: cover });
    const value = meta.entries[0].value;
    expect(value).toMatchObject({
      kind: 'image',
      src: '/uploads/debounce_vs_throttle_cover_a41c7e93b2.png',
      alt: 'Two waveforms: one collapsed to a single pulse, one sampled at fixed intervals',
    });
    expect(value.kind === 'image' && value.details?.map((entry) => entry.key)).toEqual([
      'name',
      'caption',
      'width',
      'height',
      'formats',
      'hash',
      'ext',
      'mime',
      'size',
      'preview_url',
      'provider',
      'provider_metadata',
      'created_at',
      'updated_at',
      'id',
    ]);
    expect(issues).toEqual([]);
  });

  it('Strapi data without attributes is shown as it is', () => {
    expect(image({ data: { id: 31 } })).toEqual({
      value: {
        kind: 'record',
        entries: [
          {
            key: 'data',
            label: 'Data',
            value: {
              kind: 'record',
              entries: [{ key: 'id', label: 'ID', value: { kind: 'number', value: 31, text: '31' } }],
            },
          },
        ],
      },
      issues: [],
    });
  });

  it('Sanity with a resolved asset ({ asset: { url } }): the asset’s fields and the object’s own, the asset itself not repeated', () => {
    expect(
      image({ _type: 'image', asset: { url: 'https://cdn.sanity.io/images/p/d/a.jpg', _id: 'image-a' }, alt: 'Crab' }),
    ).toEqual({
      value: {
        kind: 'image',
        src: 'https://cdn.sanity.io/images/p/d/a.jpg',
        alt: 'Crab',
        details: [
          { key: '_id', label: '_id', value: { kind: 'text', text: 'image-a', code: true }, internal: true },
          { key: '_type', label: '_type', value: text('image'), internal: true },
        ],
      },
      issues: [],
    });
  });

  it('Sanity with an unresolved asset reference ({ asset: { _ref } }) is shown as it is', () => {
    expect(image({ alt: 'Crab', asset: { _ref: 'image-2e4a-2400x1260-jpg', _type: 'reference' } })).toEqual({
      value: {
        kind: 'record',
        entries: [
          { key: 'alt', label: 'Alt', value: text('Crab') },
          {
            key: 'asset',
            label: 'Asset',
            value: {
              kind: 'record',
              entries: [
                {
                  key: '_ref',
                  label: '_ref',
                  value: { kind: 'text', text: 'image-2e4a-2400x1260-jpg', code: true },
                  internal: true,
                },
                { key: '_type', label: '_type', value: text('reference'), internal: true },
              ],
            },
          },
        ],
      },
      issues: [],
    });
  });

  it('an asset that is a plain string is one of the details, not dropped', () => {
    expect(image({ url: SRC, asset: 'image-abc' })).toEqual({
      value: {
        kind: 'image',
        src: SRC,
        alt: '',
        details: [{ key: 'asset', label: 'Asset', value: text('image-abc') }],
      },
      issues: [],
    });
  });

  it('Contentful asset ({ fields: { file: { url } } }): the file’s url is the source, the description its alt', () => {
    expect(
      image({
        fields: {
          title: 'Probe timeline',
          description: 'Probes over a rolling deploy',
          file: { url: '//images.ctfassets.net/s/a.png', contentType: 'image/png' },
        },
      }),
    ).toEqual({
      value: {
        kind: 'image',
        src: '//images.ctfassets.net/s/a.png',
        alt: 'Probes over a rolling deploy',
        details: [
          { key: 'title', label: 'Title', value: text('Probe timeline') },
          {
            key: 'file',
            label: 'File',
            value: {
              kind: 'record',
              entries: [
                {
                  key: 'url',
                  label: 'URL',
                  value: {
                    kind: 'link',
                    href: '//images.ctfassets.net/s/a.png',
                    text: '//images.ctfassets.net/s/a.png',
                  },
                },
                { key: 'content_type', label: 'Content type', value: text('image/png') },
              ],
            },
          },
        ],
      },
      issues: [],
    });
  });

  it('a Contentful asset entry keeps its sys beside the fields', () => {
    const { value } = image({
      sys: { id: '3vYc', type: 'Asset' },
      fields: { description: 'Probes', file: { url: '//images.ctfassets.net/s/a.png' } },
    });
    expect(value).toMatchObject({ kind: 'image', src: '//images.ctfassets.net/s/a.png', alt: 'Probes' });
    expect(value.kind === 'image' && value.details?.map((entry) => entry.key)).toEqual(['file', 'sys']);
  });

  it('Contentful fields without a file are shown as they are', () => {
    expect(image({ fields: { title: 'Probe timeline' } })).toEqual({
      value: {
        kind: 'record',
        entries: [
          {
            key: 'fields',
            label: 'Fields',
            value: { kind: 'record', entries: [{ key: 'title', label: 'Title', value: text('Probe timeline') }] },
          },
        ],
      },
      issues: [],
    });
  });
});
