import { Tabs, type TabsProps } from 'antd';
import { useEffect, useState } from 'react';
import { tabHash, tabOf } from '../lib/home-tabs';

/**
 * A home's tabs, with the open tab in the address (`#/orders`): a notification's link opens the tab
 * where the user acts, and reload or back keep the tab.
 */
export function HashTabs(props: Omit<TabsProps, 'activeKey' | 'onChange'>) {
  const keys = (props.items ?? []).map((item) => String(item.key));
  const fromHash = () => tabOf(window.location.hash, keys) ?? keys[0];
  const [active, setActive] = useState(fromHash);
  useEffect(() => {
    const follow = () => setActive(fromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
    // The tabs of a home do not change while it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys.join()]);
  return (
    <Tabs
      {...props}
      activeKey={active}
      onChange={(key) => {
        setActive(key);
        window.history.replaceState(null, '', tabHash(key));
      }}
    />
  );
}
