-- The gateway's side of each portal: who may call it from a browser, with which keys, how often,
-- and (in safelist mode) which operations. The portal itself (name, territory, theme) is the CMS's.
CREATE TABLE portal (
  slug text PRIMARY KEY,
  allowed_origins text[] NOT NULL DEFAULT '{}',
  -- Requests per minute for the portal's keys; NULL: RATE_LIMIT_KEY_PER_MINUTE.
  rate_per_minute integer CHECK (rate_per_minute > 0),
  safelist boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE portal_key (
  id uuid PRIMARY KEY,
  portal_slug text NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  name text NOT NULL,
  -- SHA-256 of the key: the key itself is shown once, never stored.
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE INDEX portal_key_portal ON portal_key (portal_slug);

CREATE TABLE registered_operation (
  portal_slug text NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  -- SHA-256 of the document, as automatic persisted queries name it.
  document_hash text NOT NULL,
  operation_name text,
  document text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (portal_slug, document_hash)
);
