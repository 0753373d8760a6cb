/**
 * What an editor does in the admin panel, over the admin API the panel itself calls: sign in,
 * create, publish, unpublish, delete. Tests act through it as editors and authors do.
 */
export class CmsAdmin {
  private token: string | undefined;

  constructor(readonly url: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const body = await this.call<{ token: string }>('POST', '/admin/login', { email, password });
    this.token = body.token;
  }

  /** Another administrator with an admin role (`strapi-editor`, `strapi-author`), signed in. */
  async createUser(roleCode: string, email: string, password: string): Promise<CmsAdmin> {
    const roles = await this.call<{ id: number; code: string }[]>('GET', '/admin/roles');
    const role = roles.find((candidate) => candidate.code === roleCode);
    if (!role) throw new Error(`no admin role ${roleCode}`);
    const user = await this.call<{ registrationToken: string }>('POST', '/admin/users', {
      email,
      firstname: roleCode,
      lastname: 'Test',
      roles: [role.id],
    });
    const session = new CmsAdmin(this.url);
    await session.call('POST', '/admin/register', {
      registrationToken: user.registrationToken,
      userInfo: { firstname: roleCode, lastname: 'Test', password },
    });
    await session.signIn(email, password);
    return session;
  }

  /** A new draft; its documentId. */
  async createDraft(uid: string, data: Record<string, unknown>): Promise<string> {
    const document = await this.call<{ documentId: string }>(
      'POST',
      `/content-manager/collection-types/${uid}`,
      data,
    );
    return document.documentId;
  }

  async update(uid: string, documentId: string, data: Record<string, unknown>): Promise<void> {
    await this.call('PUT', `/content-manager/collection-types/${uid}/${documentId}`, data);
  }

  async publish(uid: string, documentId: string): Promise<void> {
    await this.call('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, {});
  }

  async unpublish(uid: string, documentId: string): Promise<void> {
    await this.call('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/unpublish`, {});
  }

  async delete(uid: string, documentId: string): Promise<void> {
    await this.call('DELETE', `/content-manager/collection-types/${uid}/${documentId}`);
  }

  /** A file added to the media library, as the admin panel uploads it; its path under /uploads. */
  async upload(name: string, type: string, content: string): Promise<string> {
    const form = new FormData();
    form.append('files', new Blob([content], { type }), name);
    const [file] = await this.send<{ url: string }[]>('POST', '/upload', form);
    if (!file) throw new Error(`${name} was not uploaded`);
    return file.url;
  }

  /** The admin API's answer; a refusal throws a `CmsAdminError` with its status and message. */
  call<Body = unknown>(method: string, path: string, body?: unknown): Promise<Body> {
    return this.send(method, path, body === undefined ? undefined : JSON.stringify(body), {
      'content-type': 'application/json',
    });
  }

  private async send<Body>(
    method: string,
    path: string,
    body: string | FormData | undefined,
    headers: Record<string, string> = {},
  ): Promise<Body> {
    const response = await fetch(new URL(path, this.url), {
      method,
      headers: { ...headers, ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body,
    });
    const text = await response.text();
    const json = text ? (JSON.parse(text) as { data?: Body; error?: { message: string } }) : {};
    if (!response.ok) throw new CmsAdminError(response.status, json.error?.message ?? text);
    return (json.data ?? json) as Body;
  }
}

export class CmsAdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`${status}: ${message}`);
    this.name = 'CmsAdminError';
  }
}
