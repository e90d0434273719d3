/**
 * The hand-written limit: the seed article as a developer would write it for this one data shape,
 * with the same semantic elements as ArticleView, no library and no normalization.
 */
import type { CSSProperties, ReactNode } from 'react';

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

const icon = (d: string) => (
  <svg className="amb-Icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d={d} />
  </svg>
);

function Row({
  label: name,
  dataKey,
  kind,
  children,
}: {
  label: string;
  dataKey: string;
  kind: string;
  children: ReactNode;
}) {
  return (
    <div className="amb-MetaTable-row" data-key={dataKey} data-kind={kind}>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Fact({
  d,
  label: name,
  dataKey,
  kind,
  children,
}: {
  d: string;
  label: string;
  dataKey: string;
  kind: string;
  children: ReactNode;
}) {
  return (
    <div className="amb-Glance-item" data-key={dataKey} data-kind={kind}>
      <dt>
        {icon(d)}
        {name}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function Chips({ tags }: { tags: readonly string[] }) {
  return (
    <ul className="amb-TagList" data-slot="tag-list">
      {tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  );
}

/**
 * The grouped box (the compact layout) as a developer would write it for the seed, with the class
 * names and state attributes its stylesheet needs (the same as the library's, so both print the same
 * HTML weight): facts at a glance with icons, open groups, closed groups.
 */
function CompactBox({ meta }: { meta: SeedMeta }) {
  return (
    <section className="amb-ArticleMetaBox" data-variant="compact" aria-label="Post meta">
      <h2 className="amb-ArticleMetaBox-title">Post meta</h2>
      <div className="amb-MetaGroup" data-group="glance">
        <h3 className="amb-MetaGroup-title">At a glance</h3>
        <dl className="amb-Glance">
          <Fact
            d="M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5M8 4.5V8l2.5 1.5"
            label="Reading time"
            dataKey="reading_time"
            kind="number"
          >
            <data value={meta.reading_time}>{meta.reading_time} min</data>
          </Fact>
          <Fact d="M3 13.5v-3M8 13.5v-6M13 13.5v-10" label="Difficulty" dataKey="difficulty" kind="text">
            {meta.difficulty}
          </Fact>
          <Fact d="M5.5 4 1.75 8 5.5 12M10.5 4l3.75 4-3.75 4" label="Code language" dataKey="code_language" kind="text">
            {meta.code_language}
          </Fact>
          <Fact
            d="M1.25 8S3.75 3.25 8 3.25 14.75 8 14.75 8 12.25 12.75 8 12.75 1.25 8 1.25 8Z"
            label="View count"
            dataKey="view_count"
            kind="number"
          >
            <data value={meta.view_count}>{meta.view_count.toLocaleString('en-US')}</data>
          </Fact>
          <Fact d="M2.25 6.75h11.5M5.5 1.75v3M10.5 1.75v3" label="Last reviewed" dataKey="last_reviewed" kind="date">
            <time dateTime={meta.revision.last_reviewed}>Dec 12, 2024</time>
          </Fact>
        </dl>
      </div>
      <div className="amb-MetaGroup" data-group="quality">
        <h3 className="amb-MetaGroup-title">Quality</h3>
        <dl className="amb-MetaTable">
          <Row label="Score" dataKey="score" kind="scores">
            <ul className="amb-ScoreBars">
              {Object.entries(meta.score).map(([name, value]) => (
                <li key={name} data-level={value < 40 ? 'low' : value < 70 ? 'mid' : 'high'}>
                  <span className="amb-ScoreBars-label" aria-hidden="true">
                    {label(name)}
                  </span>
                  {/* biome-ignore lint/a11y/useSemanticElements: the same meter markup as ScoreBars */}
                  <div
                    className="amb-ScoreBars-meter"
                    role="meter"
                    aria-label={label(name)}
                    aria-valuenow={value}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuetext={`${value} out of 100`}
                    style={{ '--amb-score': value / 100 } as CSSProperties}
                  >
                    <div className="amb-ScoreBars-fill" />
                  </div>
                  <span className="amb-ScoreBars-value" aria-hidden="true">
                    {value}
                  </span>
                </li>
              ))}
            </ul>
          </Row>
          <Row label="Flags" dataKey="flags" kind="record">
            <details className="amb-MetaTable-fold">
              <summary className="amb-More-summary">Show all 4</summary>
              <dl className="amb-MetaTable" data-nested="">
                {Object.entries(meta.flags).map(([name, on]) => (
                  <Row key={name} label={label(name)} dataKey={name} kind="boolean">
                    <span className="amb-MetaTable-boolean" data-value={on ? 'yes' : 'no'}>
                      {on ? 'Yes' : 'No'}
                    </span>
                  </Row>
                ))}
              </dl>
            </details>
          </Row>
          <Row label="Checklist" dataKey="checklist" kind="checklist">
            <details className="amb-MetaTable-fold">
              <summary className="amb-More-summary">Show all 5</summary>
              <ul className="amb-Checklist">
                {meta.checklist.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </details>
          </Row>
        </dl>
      </div>
      <div className="amb-MetaGroup" data-group="stack">
        <h3 className="amb-MetaGroup-title">Stack</h3>
        <dl className="amb-MetaTable">
          <Row label="Stack" dataKey="stack" kind="tags">
            <Chips tags={meta.stack} />
          </Row>
          <Row label="Tools" dataKey="tools" kind="tags">
            <Chips tags={meta.tools} />
          </Row>
          <Row label="Entities" dataKey="entities" kind="tags">
            <Chips tags={meta.entities.map((entity) => `${entity.name} · ${entity.type}`)} />
          </Row>
        </dl>
      </div>
      <details className="amb-MetaGroup" data-group="about">
        <summary className="amb-MetaGroup-summary">
          <h3 className="amb-MetaGroup-title">About</h3>
          <span className="amb-MetaGroup-count">4 fields</span>
        </summary>
        <dl className="amb-MetaTable">
          <Row label="Topic" dataKey="topic" kind="text">
            {meta.topic}
          </Row>
          <Row label="Summary" dataKey="summary" kind="text">
            {meta.summary}
          </Row>
          <Row label="AI outline" dataKey="ai_outline" kind="record">
            <Value value={meta.ai_outline} />
          </Row>
          <Row label="AI brief" dataKey="ai_brief" kind="text">
            {meta.ai_brief}
          </Row>
        </dl>
      </details>
      <details className="amb-MetaGroup" data-group="details">
        <summary className="amb-MetaGroup-summary">
          <h3 className="amb-MetaGroup-title">Details</h3>
          <span className="amb-MetaGroup-count">5 fields</span>
        </summary>
        <dl className="amb-MetaTable">
          <Row label="Revision" dataKey="revision" kind="record">
            <Value value={meta.revision} />
          </Row>
          <Row label="Reference" dataKey="reference" kind="text">
            <code className="amb-MetaTable-code">{meta.reference}</code>
          </Row>
          <Row label="Hash" dataKey="hash" kind="text">
            <code className="amb-MetaTable-code">{meta.hash}</code>
          </Row>
          <Row label="Payload" dataKey="payload" kind="record">
            <details className="amb-MetaTable-fold">
              <summary className="amb-More-summary">Show all 5</summary>
              <Value value={meta.payload} />
            </details>
          </Row>
          <Row label="Notes" dataKey="notes" kind="list">
            <ul className="amb-MetaTable-list">
              {meta.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </Row>
        </dl>
      </details>
    </section>
  );
}
