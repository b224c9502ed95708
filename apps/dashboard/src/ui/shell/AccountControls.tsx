import { useI18n } from "../i18n/I18nProvider";
import type { Session } from "./useSession";

/**
 * The header's account corner: nothing until the server says who is signed in
 * (a signed-in clerk never sees "Đăng nhập" flash by), then the name with
 * "Đăng xuất", or the sign-in button that opens the sign-in panel.
 */
export function AccountControls(props: { session: Session; signInShown: boolean; toggleSignIn(): void }) {
  const { t } = useI18n();
  const { session } = props;
  if (!session.known) return <span className="account" aria-busy="true" data-testid="account-pending" />;
  const account = session.me.account;
  if (account) {
    return (
      <span className="account">
        {t("signedInAs")}{" "}
        <strong data-testid="account-name">{account.displayName || account.username}</strong>
        <button type="button" onClick={() => void session.logout()}>
          {t("logout")}
        </button>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="sign-in primary"
      data-testid="sign-in"
      aria-expanded={props.signInShown}
      aria-controls="sign-in-panel"
      onClick={props.toggleSignIn}
    >
      {t("login.title")}
    </button>
  );
}
