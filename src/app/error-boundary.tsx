/** Keeps one screen's failure from blanking the whole app; the merchant can reload just that screen. */
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
