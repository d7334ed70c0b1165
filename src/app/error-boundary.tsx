/**
 * Keeps one screen's failure from blanking the whole app; the merchant can reload just that screen, and it is
 * retried by itself when the network or a service worker comes back.
 */
import { Component, type ComponentChildren } from 'preact';
import { LangContext } from './i18n';
import { shellStrings } from './strings';

interface State {
  error: unknown;
}

export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { error: undefined };
  static override contextType = LangContext;

  override componentDidCatch(error: unknown) {
    console.error('screen failed', error);
    this.setState({ error });
  }

  // A screen that failed because its code could not be fetched can work once the network is back or a
  // service worker has taken over the page (then it is served from the precache): try it again by itself.
  private readonly retry = () => {
    if (this.state.error !== undefined) this.setState({ error: undefined });
  };

  override componentDidMount() {
    addEventListener('online', this.retry);
    navigator.serviceWorker?.addEventListener('controllerchange', this.retry);
  }

  override componentWillUnmount() {
    removeEventListener('online', this.retry);
    navigator.serviceWorker?.removeEventListener('controllerchange', this.retry);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const s = shellStrings[this.context as 'zh' | 'en'];
    return (
      <section class="card" role="alert">
        <p>{s.somethingWentWrong}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          {s.reloadScreen}
        </button>
      </section>
    );
  }
}
