/**
 * People in the meta (`author`, `authors`, `user`, …): names, links and avatars read from the author
 * objects CMSs send (WordPress `_embedded.author`, Ghost `authors`, Strapi, Contentful, dev.to `user`),
 * the fields kept under the name, and what is not a person. People are compared with `toStrictEqual`:
 * a person has no `href`, `avatar` or `details` key at all when there is none.
 */
import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';

type Options = Parameters<typeof normalizeMeta>[1];

/** The value of the meta's one field and the issues as `[code, path]` pairs. */
function one(raw: Record<string, unknown>, options?: Options) {
  const result = normalizeMeta(raw, options);
  return {
    value: result.meta.entries[0]?.value,
    keys: result.meta.entries.map((entry) => entry.key),
    issues: result.issues.map((issue) => [issue.code, issue.path]),
  };
}

/** The people of an `author` field. */
function people(author: unknown, options?: Options) {
  const { value, issues } = one({ author }, options);
  expect(value?.kind).toBe('people');
  return { people: value?.kind === 'people' ? value.people : [], issues };
}

const text = (value: string) => ({ kind: 'text', text: value });

describe('author objects from real platforms', () => {
  it('a WordPress embedded author links to the author page when the website is empty, with the 24px avatar', () => {
    const author = {
      id: 7,
      name: 'Priya Raman',
      url: '',
      description: 'Writes about APIs.',
      link: 'https://devnotes.example.com/author/priya/',
      slug: 'priya',
      avatar_urls: {
        24: 'https://secure.gravatar.com/avatar/9c1f?s=24&d=mm&r=g',
        48: 'https://secure.gravatar.com/avatar/9c1f?s=48&d=mm&r=g',
        96: 'https://secure.gravatar.com/avatar/9c1f?s=96&d=mm&r=g',
      },
    };
    expect(people([author])).toStrictEqual({
      people: [
        {
          name: 'Priya Raman',
          href: 'https://devnotes.example.com/author/priya/',
          avatar: 'https://secure.gravatar.com/avatar/9c1f?s=24&d=mm&r=g',
          details: [
            { key: 'id', label: 'ID', value: { kind: 'number', value: 7, text: '7' } },
            { key: 'url', label: 'URL', value: { kind: 'empty', text: '—' } },
            { key: 'description', label: 'Description', value: text('Writes about APIs.') },
            { key: 'slug', label: 'Slug', value: text('priya') },
          ],
        },
      ],
      issues: [],
    });
  });

  it('Ghost authors link to their author page (url before website) with the profile image as avatar', () => {
    const authors = [
      {
        name: 'Tomás Ferreira',
        profile_image: 'https://blog.shipfast.example.com/content/images/tomas.jpg',
        website: 'https://tomasferreira.example.dev',
        url: 'https://blog.shipfast.example.com/author/tomas/',
      },
      { name: 'Ana Lima', slug: 'ana' },
    ];
    const { value, issues } = one({ authors });
    expect(value).toStrictEqual({
      kind: 'people',
      people: [
        {
          name: 'Tomás Ferreira',
          href: 'https://blog.shipfast.example.com/author/tomas/',
          avatar: 'https://blog.shipfast.example.com/content/images/tomas.jpg',
          details: [
            {
              key: 'website',
              label: 'Website',
              value: {
                kind: 'link',
                href: 'https://tomasferreira.example.dev',
                text: 'https://tomasferreira.example.dev',
              },
            },
          ],
        },
        { name: 'Ana Lima', details: [{ key: 'slug', label: 'Slug', value: text('ana') }] },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('a dev.to user is linked to their website, with their profile image, the rest under the name', () => {
    const user = {
      name: 'Lena Schmidt',
      username: 'lenaschmidt',
      website_url: 'https://lenaschmidt.example.dev',
      profile_image: 'https://media2.dev.to/uploads/user/412987/lena.jpeg',
    };
    const { value } = one({ user });
    expect(value).toStrictEqual({
      kind: 'people',
      people: [
        {
          name: 'Lena Schmidt',
          href: 'https://lenaschmidt.example.dev',
          avatar: 'https://media2.dev.to/uploads/user/412987/lena.jpeg',
          details: [{ key: 'username', label: 'Username', value: text('lenaschmidt') }],
        },
      ],
    });
  });

  it("a Strapi media object as avatar gives its url, not its first text (the documentId or the file's name)", () => {
    const author = {
      name: 'Jonas Berg',
      avatar: { documentId: 'k6j0hgf', name: 'jonas.jpg', url: '/uploads/jonas_3f2a.jpg' },
    };
    expect(people(author)).toStrictEqual({
      people: [{ name: 'Jonas Berg', avatar: '/uploads/jonas_3f2a.jpg' }],
      issues: [],
    });
  });

  it('a Contentful link to an author entry names nobody: it is shown as the record it is, with an issue', () => {
    const { value, issues } = one({ author: { sys: { type: 'Link', id: '4cB7' } } });
    expect(value).toStrictEqual({
      kind: 'record',
      entries: [
        {
          key: 'sys',
          label: 'Sys',
          internal: true,
          value: {
            kind: 'record',
            entries: [
              { key: 'type', label: 'Type', value: text('Link') },
              { key: 'id', label: 'ID', value: { kind: 'text', text: '4cB7', code: true } },
            ],
          },
        },
      ],
    });
    expect(issues).toEqual([['invalid-type', 'meta.author']]);
  });
});

describe('names', () => {
  it('a name as text is trimmed', () => {
    expect(people('  Ann Lee  ').people).toStrictEqual([{ name: 'Ann Lee' }]);
  });

  it("an object's name is trimmed and is not repeated among its details", () => {
    expect(people({ name: '  Ann Lee ', role: 'editor' }).people).toStrictEqual([
      { name: 'Ann Lee', details: [{ key: 'role', label: 'Role', value: text('editor') }] },
    ]);
  });

  it.each(['display_name', 'displayName', 'full_name', 'fullName', 'username', 'login', 'title'])(
    'the name can be in `%s`',
    (key) => {
      expect(people({ [key]: 'Ann Lee' })).toStrictEqual({ people: [{ name: 'Ann Lee' }], issues: [] });
    },
  );

  it('an empty or blank name is no name: the next name field is taken, and the blank one kept as it is', () => {
    expect(people({ name: '', username: 'ann' }).people).toStrictEqual([
      { name: 'ann', details: [{ key: 'name', label: 'Name', value: { kind: 'empty', text: '—' } }] },
    ]);
    expect(people({ name: '   ', username: 'ann' }).people).toStrictEqual([
      { name: 'ann', details: [{ key: 'name', label: 'Name', value: text('   ') }] },
    ]);
  });

  it('a blank author is text as it is, not a person with no name', () => {
    expect(one({ author: '   ' })).toEqual({ value: text('   '), keys: ['author'], issues: [] });
  });
});

describe('links and avatars', () => {
  it.each(['url', 'website_url', 'website', 'profile', 'profile_url', 'html_url', 'link', 'href'])(
    'the link can be in `%s`',
    (key) => {
      expect(people({ name: 'Ann', [key]: 'https://ann.example' }).people).toStrictEqual([
        { name: 'Ann', href: 'https://ann.example' },
      ]);
    },
  );

  it.each(['avatar', 'avatar_url', 'avatarUrl', 'profile_image', 'image', 'picture', 'photo'])(
    'the avatar can be in `%s`',
    (key) => {
      expect(people({ name: 'Ann', [key]: 'https://ann.example/a.png' }).people).toStrictEqual([
        { name: 'Ann', avatar: 'https://ann.example/a.png' },
      ]);
    },
  );

  it('an unsafe link is skipped for the next safe one, and kept among the details with its issue', () => {
    expect(people({ name: 'Ann', url: 'javascript:alert(1)', link: 'https://ann.example' })).toStrictEqual({
      people: [
        {
          name: 'Ann',
          href: 'https://ann.example',
          details: [
            {
              key: 'url',
              label: 'URL',
              value: { kind: 'text', text: 'javascript:alert(1)', invalid: true },
            },
          ],
        },
      ],
      issues: [['unsafe-url', 'meta.author.url']],
    });
  });

  it('a link that is not text is no link: it stays among the details as the value it is', () => {
    expect(people({ name: 'Ann', url: 42 }).people).toStrictEqual([
      { name: 'Ann', details: [{ key: 'url', label: 'URL', value: { kind: 'number', value: 42, text: '42' } }] },
    ]);
  });

  it('an avatar must be an http(s) image: a data URL or an email address is skipped for the next one', () => {
    const svg = 'data:image/svg+xml,<svg/>';
    expect(people({ name: 'Ann', avatar: svg, picture: 'https://ann.example/a.png' })).toStrictEqual({
      people: [
        {
          name: 'Ann',
          avatar: 'https://ann.example/a.png',
          details: [{ key: 'avatar', label: 'Avatar', value: { kind: 'text', text: svg, invalid: true } }],
        },
      ],
      issues: [['unsafe-url', 'meta.author.avatar']],
    });
    expect(people({ name: 'Ann', avatar: 'mailto:ann@example.com', photo: 'https://ann.example/a.png' })).toStrictEqual(
      {
        people: [
          {
            name: 'Ann',
            avatar: 'https://ann.example/a.png',
            details: [
              {
                key: 'avatar',
                label: 'Avatar',
                value: text('mailto:ann@example.com'),
              },
            ],
          },
        ],
        issues: [],
      },
    );
  });

  it('a person with only a name has no link, avatar or details', () => {
    expect(people([{ name: 'Ann' }, { name: 'Bob', href: 'https://bob.example' }]).people).toStrictEqual([
      { name: 'Ann' },
      { name: 'Bob', href: 'https://bob.example' },
    ]);
  });
});

describe('text, lists and what is not people', () => {
  it('JSON text of people is read as the people it holds', () => {
    expect(people('[{"name":"Ann"},{"name":"Bob","url":"https://bob.example"}]').people).toStrictEqual([
      { name: 'Ann' },
      { name: 'Bob', href: 'https://bob.example' },
    ]);
    expect(people('{"display_name":"Ann"}').people).toStrictEqual([{ name: 'Ann' }]);
  });

  it('text that looks like JSON but does not parse is a name as written', () => {
    expect(people('{"name":').people).toStrictEqual([{ name: '{"name":' }]);
  });

  it('the items of a list are not read as JSON: an item holding JSON text is a name as written', () => {
    expect(people(['{"name":"Ann"}']).people).toStrictEqual([{ name: '{"name":"Ann"}' }]);
  });

  it('an author id stays a number, with no issue', () => {
    expect(one({ author: 3 })).toEqual({
      value: { kind: 'number', value: 3, text: '3' },
      keys: ['author'],
      issues: [],
    });
  });

  it('an empty item in a list of names shows the whole list as it is, with no issue', () => {
    expect(one({ authors: ['Ann', null] })).toEqual({
      value: { kind: 'list', items: [text('Ann'), { kind: 'empty', text: '—' }] },
      keys: ['authors'],
      issues: [],
    });
  });

  it('an object that names nobody in a list shows the whole list as it is, with an issue at the field', () => {
    expect(one({ authors: ['Ann', { id: 9 }] })).toEqual({
      value: {
        kind: 'list',
        items: [
          text('Ann'),
          { kind: 'record', entries: [{ key: 'id', label: 'ID', value: { kind: 'number', value: 9, text: '9' } }] },
        ],
      },
      keys: ['authors'],
      issues: [['invalid-type', 'meta.authors']],
    });
  });
});

describe('limits', () => {
  it('past maxItems the people left out are counted', () => {
    expect(one({ authors: ['Ann', 'Bob', 'Cy'] }, { maxItems: 2 })).toEqual({
      value: { kind: 'people', people: [{ name: 'Ann' }, { name: 'Bob' }], omitted: 1 },
      keys: ['authors'],
      issues: [['truncated', 'meta.authors']],
    });
  });

  it('each person counts against maxValues: the fields after them are cut', () => {
    expect(one({ authors: ['Ann', 'Bob', 'Cy'], section: 'News', lang: 'en' }, { maxValues: 4 })).toEqual({
      value: { kind: 'people', people: [{ name: 'Ann' }, { name: 'Bob' }, { name: 'Cy' }] },
      keys: ['authors'],
      issues: [['truncated', 'meta']],
    });
  });

  it("a person's details are one level below the person for maxDepth", () => {
    expect(one({ author: { name: 'Ann', bio: { short: 'Hi' } } }, { maxDepth: 1 })).toEqual({
      value: {
        kind: 'people',
        people: [
          {
            name: 'Ann',
            details: [{ key: 'bio', label: 'Bio', value: { kind: 'text', text: '{"short":"Hi"}', invalid: true } }],
          },
        ],
      },
      keys: ['author'],
      issues: [['max-depth', 'meta.author.bio']],
    });
  });
});
