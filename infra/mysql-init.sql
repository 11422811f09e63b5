-- docker-compose: the services' user may create and use every schema named omni_*.
CREATE USER IF NOT EXISTS 'omni'@'%' IDENTIFIED BY 'omni';
GRANT ALL PRIVILEGES ON `omni\_%`.* TO 'omni'@'%';
