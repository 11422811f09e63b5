package com.omnichannel.support.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Axon deadlines that survive a restart and are shared by all instances: db-scheduler keeps them in the
 * {@code scheduled_tasks} table (Liquibase), and Axon's db-scheduler auto-configuration builds the
 * DbSchedulerDeadlineManager on this scheduler. A deadline scheduled while a command's transaction is open joins
 * that transaction, so it exists exactly when the events that asked for it do. Recurring tasks among the tasks
 * are scheduled when the scheduler starts, and run on one instance at a time.
 */
@Configuration
public class DurableDeadlines {

    @Bean(destroyMethod = "")
    Scheduler dbScheduler(DataSource dataSource, List<Task<?>> tasks,
                          @Value("${omnichannel.deadlines.polling-interval:PT1S}") Duration pollingInterval) {
        Map<Boolean, List<Task<?>>> recurring = tasks.stream()
                .collect(Collectors.partitioningBy(RecurringTask.class::isInstance));
        return Scheduler.create(new TransactionAwareDataSourceProxy(new AutoCommitOutsideTransactions(dataSource)),
                        recurring.get(false))
                .startTasks(recurring.get(true).stream().map(RecurringTask.class::cast).toList())
                .threads(2)
                .pollingInterval(pollingInterval)
                .alwaysPersistTimestampInUTC()
                .commitWhenAutocommitDisabled(false)
                .build();
    }

    /**
     * Pool connections start with autocommit off; db-scheduler's polling and updates outside Spring's transactions
     * expect each statement to commit, so they get it on. Inside a transaction the proxy finds the transaction's
     * connection under the pool's key (this wrapper unwraps to it), as before.
     */
    static final class AutoCommitOutsideTransactions extends DelegatingDataSource implements InfrastructureProxy {

        AutoCommitOutsideTransactions(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = obtainTargetDataSource().getConnection();
            connection.setAutoCommit(true);
            return connection;
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }
    }

    /**
     * Starts the scheduler once everything else has started and stops it when the context closes. A db-scheduler
     * cannot start again once stopped, so a context that is stopped and started again (as the test framework pauses
     * cached contexts) pauses and resumes it instead.
     */
    @Bean
    SmartLifecycle dbSchedulerLifecycle(Scheduler scheduler) {
        class SchedulerLifecycle implements SmartLifecycle, DisposableBean {
            private boolean started;
            private volatile boolean running;

            @Override
            public synchronized void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public synchronized void stop() {
                scheduler.pause();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }

            @Override
            public void destroy() {
                scheduler.stop();
            }
        }
        return new SchedulerLifecycle();
    }
}
