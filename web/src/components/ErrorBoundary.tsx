import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

/** A page that fails to render shows a message and a way back, never a blank screen. */
export class ErrorBoundary extends Component<
  { title: string; retry: string; children: ReactNode },
  { error?: Error }
> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title={this.props.title}
        subTitle={this.state.error.message}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {this.props.retry}
          </Button>
        }
      />
    );
  }
}
