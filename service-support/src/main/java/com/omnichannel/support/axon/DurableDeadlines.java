package com.omnichannel.support.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Axon deadlines that survive a restart and are shared by all instances: db-scheduler keeps them in the
 * {@code scheduled_tasks} table (Liquibase), and Axon's db-scheduler auto-configuration builds the
 * DbSchedulerDeadlineManager on this scheduler. A deadline scheduled while a command's transaction is open joins
 * that transaction, so it exists exactly when the events that asked for it do.
 */
@Configuration
public class DurableDeadlines {

    @Bean(destroyMethod = "")
    Scheduler dbScheduler(DataSource dataSource, List<Task<?>> tasks,
                          @Value("${omnichannel.deadlines.polling-interval:PT1S}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .threads(2)
                .pollingInterval(pollingInterval)
                .alwaysPersistTimestampInUTC()
                .commitWhenAutocommitDisabled(false)
                .build();
    }

    /** Runs the scheduler once everything else has started, and stops it first. */
    @Bean
    SmartLifecycle dbSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
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
        };
    }
}
