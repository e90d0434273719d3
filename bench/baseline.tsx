/**
 * The hand-written limit: the seed article as a developer would write it for this one data shape,
 * with the same semantic elements as ArticleView, no library and no normalization.
 */
import type { ReactNode } from 'react';

type Seed = typeof import('../test/fixtures/seed-article.json');
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const label = (key: string) => {
  const text = key
    .replace(/_/g, ' ')
    .replace(/\bai\b/g, 'AI')
    .replace(/\bid\b/g, 'ID');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

function Value({ value }: { value: Json }): ReactNode {
  if (Array.isArray(value)) {
    return (
      <ul>
        {value.map((item, i) => (
          <li key={i}>
            <Value value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (value !== null && typeof value === 'object') {
    return (
      <dl>
        {Object.entries(value).map(([key, item]) => (
          <div key={key}>
            <dt>{label(key)}</dt>
            <dd>
              <Value value={item} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return String(value);
}

export function HandWritten({ article, compact = false }: { article: Seed; compact?: boolean }) {
  const meta = article.meta;
  return (
    <article>
      <h1>{article.title}</h1>
      <div>
        <div>
          {article.body.map((block, i) =>
            block.type === 'heading' ? (
              <h2 key={i}>{block.text}</h2>
            ) : block.type === 'list' ? (
              <ul key={i}>
                {block.items?.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : (
              <p key={i}>{block.text}</p>
            ),
          )}
        </div>
        <div>
          {compact ? <CompactBox meta={meta} /> : <FullBox meta={meta} />}
          <section aria-label="Similar posts">
            <h2>Similar posts</h2>
            <p>No similar posts yet.</p>
          </section>
        </div>
      </div>
    </article>
  );
}

type SeedMeta = Seed['meta'];

/** The flat box, every field in the data's order (the full layout). */
function FullBox({ meta }: { meta: SeedMeta }) {
  return (
    <section aria-label="Post meta">
      <h2>Post meta</h2>
      <dl>
        <div>
          <dt>Topic</dt>
          <dd>{meta.topic}</dd>
        </div>
        <div>
          <dt>Summary</dt>
          <dd>{meta.summary}</dd>
        </div>
        <div>
          <dt>AI outline</dt>
          <dd>
            <Value value={meta.ai_outline} />
          </dd>
        </div>
        <div>
          <dt>AI brief</dt>
          <dd>{meta.ai_brief}</dd>
        </div>
        <div>
          <dt>Stack</dt>
          <dd>
            <ul>
              {meta.stack.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Tools</dt>
          <dd>
            <ul>
              {meta.tools.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Code language</dt>
          <dd>{meta.code_language}</dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd>{meta.difficulty}</dd>
        </div>
        <div>
          <dt>Reading time</dt>
          <dd>{meta.reading_time} min</dd>
        </div>
        <div>
          <dt>View count</dt>
          <dd>{meta.view_count.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd>
            <ul>
              {Object.entries(meta.score).map(([name, value]) => (
                <li key={name}>
                  <span>{label(name)}</span>
                  {/* biome-ignore lint/a11y/useSemanticElements: the same meter markup as ScoreBars */}
                  <div
                    role="meter"
                    aria-label={label(name)}
                    aria-valuenow={value}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuetext={`${value} out of 100`}
                    style={{ width: `${value}%` }}
                  />
                  <span>{value}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Revision</dt>
          <dd>
            <dl>
              <div>
                <dt>Status</dt>
                <dd>{meta.revision.status}</dd>
              </div>
              <div>
                <dt>Version</dt>
                <dd>{meta.revision.version}</dd>
              </div>
              <div>
                <dt>Last reviewed</dt>
                <dd>
                  <time dateTime={meta.revision.last_reviewed}>Dec 12, 2024</time>
                </dd>
              </div>
            </dl>
          </dd>
        </div>
        <div>
          <dt>Reference</dt>
          <dd>{meta.reference}</dd>
        </div>
        <div>
          <dt>Hash</dt>
          <dd>{meta.hash}</dd>
        </div>
        <div>
          <dt>Flags</dt>
          <dd>
            <dl>
              {Object.entries(meta.flags).map(([name, on]) => (
                <div key={name}>
                  <dt>{label(name)}</dt>
                  <dd>{on ? 'Yes' : 'No'}</dd>
                </div>
              ))}
            </dl>
          </dd>
        </div>
        <div>
          <dt>Checklist</dt>
          <dd>
            <ul>
              {meta.checklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Entities</dt>
          <dd>
            <Value value={meta.entities} />
          </dd>
        </div>
        <div>
          <dt>Payload</dt>
          <dd>
            <Value value={meta.payload} />
          </dd>
        </div>
        <div>
          <dt>Notes</dt>
          <dd>
            <ul>
              {meta.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Tags({ tags }: { tags: readonly string[] }) {
  return (
    <ul>
      {tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  );
}

const icon = (d: string) => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

/** The grouped box (the compact layout): facts at a glance with icons, open groups, closed groups. */
function CompactBox({ meta }: { meta: SeedMeta }) {
  return (
    <section aria-label="Post meta">
      <h2>Post meta</h2>
      <div>
        <h3>At a glance</h3>
        <dl>
          <div>
            <dt>{icon('M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5M8 4.5V8l2.5 1.5')}Reading time</dt>
            <dd>{meta.reading_time} min</dd>
          </div>
          <div>
            <dt>{icon('M3 13.5v-3M8 13.5v-6M13 13.5v-10')}Difficulty</dt>
            <dd>{meta.difficulty}</dd>
          </div>
          <div>
            <dt>{icon('M5.5 4 1.75 8 5.5 12M10.5 4l3.75 4-3.75 4')}Code language</dt>
            <dd>{meta.code_language}</dd>
          </div>
          <div>
            <dt>{icon('M1.25 8S3.75 3.25 8 3.25 14.75 8 14.75 8 12.25 12.75 8 12.75 1.25 8 1.25 8Z')}View count</dt>
            <dd>{meta.view_count.toLocaleString('en-US')}</dd>
          </div>
          <div>
            <dt>{icon('M2.25 6.75h11.5M5.5 1.75v3M10.5 1.75v3')}Last reviewed</dt>
            <dd>
              <time dateTime={meta.revision.last_reviewed}>Dec 12, 2024</time>
            </dd>
          </div>
        </dl>
      </div>
      <div>
        <h3>Quality</h3>
        <dl>
          <div>
            <dt>Score</dt>
            <dd>
              <ul>
                {Object.entries(meta.score).map(([name, value]) => (
                  <li key={name}>
                    <span>{label(name)}</span>
                    {/* biome-ignore lint/a11y/useSemanticElements: the same meter markup as ScoreBars */}
                    <div
                      role="meter"
                      aria-label={label(name)}
                      aria-valuenow={value}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuetext={`${value} out of 100`}
                      style={{ width: `${value}%` }}
                    />
                    <span>{value}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>Flags</dt>
            <dd>
              <details>
                <summary>Show all 4</summary>
                <dl>
                  {Object.entries(meta.flags).map(([name, on]) => (
                    <div key={name}>
                      <dt>{label(name)}</dt>
                      <dd>{on ? 'Yes' : 'No'}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            </dd>
          </div>
          <div>
            <dt>Checklist</dt>
            <dd>
              <details>
                <summary>Show all 5</summary>
                <Tags tags={meta.checklist} />
              </details>
            </dd>
          </div>
        </dl>
      </div>
      <div>
        <h3>Stack</h3>
        <dl>
          <div>
            <dt>Stack</dt>
            <dd>
              <Tags tags={meta.stack} />
            </dd>
          </div>
          <div>
            <dt>Tools</dt>
            <dd>
              <Tags tags={meta.tools} />
            </dd>
          </div>
          <div>
            <dt>Entities</dt>
            <dd>
              <Tags tags={meta.entities.map((entity) => `${entity.name} · ${entity.type}`)} />
            </dd>
          </div>
        </dl>
      </div>
      <details>
        <summary>
          <h3>About</h3>
          <span>4 fields</span>
        </summary>
        <dl>
          <div>
            <dt>Topic</dt>
            <dd>{meta.topic}</dd>
          </div>
          <div>
            <dt>Summary</dt>
            <dd>{meta.summary}</dd>
          </div>
          <div>
            <dt>AI outline</dt>
            <dd>
              <Value value={meta.ai_outline} />
            </dd>
          </div>
          <div>
            <dt>AI brief</dt>
            <dd>{meta.ai_brief}</dd>
          </div>
        </dl>
      </details>
      <details>
        <summary>
          <h3>Details</h3>
          <span>5 fields</span>
        </summary>
        <dl>
          <div>
            <dt>Revision</dt>
            <dd>
              <Value value={meta.revision} />
            </dd>
          </div>
          <div>
            <dt>Reference</dt>
            <dd>
              <code>{meta.reference}</code>
            </dd>
          </div>
          <div>
            <dt>Hash</dt>
            <dd>
              <code>{meta.hash}</code>
            </dd>
          </div>
          <div>
            <dt>Payload</dt>
            <dd>
              <details>
                <summary>Show all 5</summary>
                <Value value={meta.payload} />
              </details>
            </dd>
          </div>
          <div>
            <dt>Notes</dt>
            <dd>
              <Tags tags={meta.notes} />
            </dd>
          </div>
        </dl>
      </details>
    </section>
  );
}
