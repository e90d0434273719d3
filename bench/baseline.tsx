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

export function HandWritten({ article }: { article: Seed }) {
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
          <section aria-label="Similar posts">
            <h2>Similar posts</h2>
            <p>No similar posts yet.</p>
          </section>
        </div>
      </div>
    </article>
  );
}
