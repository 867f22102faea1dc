import { ApolloProvider } from '@apollo/client/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { connect } from './apollo';

const TOKEN_KEY = 'chainlift.token';

interface Auth {
  token: string | undefined;
  live: boolean;
  login(token: string): void;
  logout(): void;
}

const AuthContext = createContext<Auth | undefined>(undefined);

function storedToken(): string | undefined {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Holds the login token and the Apollo connection made with it (a new one per login). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | undefined>(storedToken);
  const [live, setLive] = useState(false);
  const logout = useCallback(() => {
    try {
      localStorage.removeItem(TOKEN_KEY);
    } catch {
      // nothing stored
    }
    setToken(undefined);
  }, []);
  const login = useCallback((next: string) => {
    try {
      localStorage.setItem(TOKEN_KEY, next);
    } catch {
      // the session lasts for this page only
    }
    setToken(next);
  }, []);
  const connection = useMemo(
    () => connect(token, { onUnauthenticated: logout, onLive: setLive }),
    [token, logout],
  );
  useEffect(() => () => connection.dispose(), [connection]);
  const value = useMemo(() => ({ token, live, login, logout }), [token, live, login, logout]);
  return (
    <AuthContext.Provider value={value}>
      <ApolloProvider client={connection.client}>{children}</ApolloProvider>
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
