import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Badge, Button, Drawer, List, Space, Switch, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import {
  InboxQuery,
  MarkRead,
  NotificationAdded,
  PreferencesQuery,
  SetPreferences,
} from './operations';

/** The header's bell: the unread count (moved live by notificationAdded), the inbox in a drawer. */
export function NotificationBell() {
  const { t, tk } = useI18n();
  const [open, setOpen] = useState(false);
  const { data, refetch } = useQuery(InboxQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAdded, { onData: () => void refetch() });
  const [markRead] = useMutation(MarkRead, { onCompleted: () => void refetch() });
  const count = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications ?? [];
  const follow = (id: string, link: string, read: boolean) => {
    if (!read) void markRead({ variables: { ids: [id] } });
    setOpen(false);
    window.location.assign(`#${link}`);
  };
  return (
    <>
      <span data-testid="bell-count" data-count={count}>
        <Badge count={count} size="small">
          <Button size="small" onClick={() => setOpen(true)} data-testid="bell">
            {t('notify.bell')}
          </Button>
        </Badge>
      </span>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('notify.title')} size="large">
        <Tabs
          items={[
            {
              key: 'inbox',
              label: t('notify.inbox'),
              children: (
                <>
                  <Button
                    size="small"
                    disabled={count === 0}
                    onClick={() => void markRead({ variables: { all: true } })}
                  >
                    {t('notify.allRead')}
                  </Button>
                  <List
                    size="small"
                    dataSource={items}
                    locale={{ emptyText: t('notify.none') }}
                    renderItem={(n) => (
                      <List.Item
                        data-kind={n.kind}
                        actions={[
                          <Button
                            key="go"
                            size="small"
                            type="link"
                            onClick={() => follow(n.id, n.link, n.read)}
                          >
                            {t('notify.open')}
                          </Button>,
                        ]}
                      >
                        <Space wrap>
                          {!n.read && <Badge status="processing" />}
                          <span style={{ fontWeight: n.read ? 'normal' : 'bold' }}>
                            {tk('notificationKind', n.kind)}
                          </span>
                          <span style={{ color: '#888' }}>{formatDateTime(n.occurredAt)}</span>
                          <Tag>{tk('emailStatus', n.emailStatus)}</Tag>
                        </Space>
                      </List.Item>
                    )}
                  />
                </>
              ),
            },
            { key: 'prefs', label: t('notify.preferences'), children: <Preferences /> },
          ]}
        />
      </Drawer>
    </>
  );
}

/** Per kind, in the app and by e-mail: a switch each (saved as an event). */
function Preferences() {
  const { t, tk } = useI18n();
  const { data } = useQuery(PreferencesQuery);
  const [save] = useMutation(SetPreferences, { refetchQueries: [PreferencesQuery, InboxQuery] });
  const prefs = data?.notificationPreferences ?? [];
  const kinds = [...new Set(prefs.map((p) => p.kind))];
  const enabled = (kind: string, channel: string) =>
    prefs.find((p) => p.kind === kind && p.channel === channel)?.enabled ?? true;
  const toggle = (kind: (typeof prefs)[number]['kind'], channel: 'IN_APP' | 'EMAIL', on: boolean) =>
    void save({ variables: { preferences: [{ kind, channel, enabled: on }] } });
  return (
    <Table
      size="small"
      rowKey={(k) => k}
      pagination={false}
      dataSource={kinds}
      columns={[
        { title: t('notify.kind'), render: (_, k) => tk('notificationKind', k) },
        {
          title: t('notify.inApp'),
          render: (_, k) => (
            <Switch
              size="small"
              checked={enabled(k, 'IN_APP')}
              onChange={(on) => toggle(k, 'IN_APP', on)}
            />
          ),
        },
        {
          title: t('notify.email'),
          render: (_, k) => (
            <Switch
              size="small"
              checked={enabled(k, 'EMAIL')}
              onChange={(on) => toggle(k, 'EMAIL', on)}
            />
          ),
        },
      ]}
    />
  );
}
