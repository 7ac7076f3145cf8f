package org.credence.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SQL that work run on the calling thread sends to the database, to show how many queries a
 * request costs. The thread is lent one connection that notes each statement, bound where Spring's
 * transactions and JdbcClient look for the thread's connection; other threads (the scheduler's, the
 * server's) are not seen, and the application context is left as it is.
 */
public final class SentStatements {

	private SentStatements() {
	}

	public static List<String> during(DataSource dataSource, Runnable work) {
		List<String> sent = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			TransactionSynchronizationManager.bindResource(dataSource,
					new ConnectionHolder(noting(connection, Connection.class, sent)));
			try {
				work.run();
			}
			finally {
				TransactionSynchronizationManager.unbindResource(dataSource);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return sent;
	}

	/** The SQL of each statement prepared, or executed on a plain statement the connection creates. */
	private static <T> T noting(T target, Class<T> type, List<String> sent) {
		return type.cast(Proxy.newProxyInstance(SentStatements.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("equals") || name.equals("hashCode")) {
						return name.equals("equals") ? proxy == args[0] : System.identityHashCode(proxy);
					}
					if (args != null && args.length > 0 && args[0] instanceof String sql
							&& (name.startsWith("prepare") || name.startsWith("execute"))) {
						sent.add(sql);
					}
					try {
						Object result = method.invoke(target, args);
						return name.equals("createStatement") ? noting((Statement) result, Statement.class, sent) : result;
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				}));
	}
}
