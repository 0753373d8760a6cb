interface ImportMetaEnv {
  readonly VITE_GATEWAY_URL?: string;
  readonly VITE_PORTAL?: string;
  readonly VITE_PORTAL_KEY?: string;
}
