/** crmkit core: the pure CRM domain model, organised by feature along IDIC. */
module io.crmkit.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.crmkit.core.validation;
  exports io.crmkit.core.codec;
  exports io.crmkit.core.text;
  exports io.crmkit.core.money;
  exports io.crmkit.core.customer;
  exports io.crmkit.core.customer.profile;
  exports io.crmkit.core.customer.confidentiality;
  exports io.crmkit.core.customer.contact;
  exports io.crmkit.core.interaction;
  exports io.crmkit.core.interaction.choice;
  exports io.crmkit.core.interaction.cadence;
  exports io.crmkit.core.interaction.calendar;
  exports io.crmkit.core.customer.sales;
  exports io.crmkit.core.customer.classification;
  exports io.crmkit.core.identify;
  exports io.crmkit.core.idic;
  exports io.crmkit.core.satisfaction;
  exports io.crmkit.core.loyalty;
  exports io.crmkit.core.complaint;
  exports io.crmkit.core.interaction.design;
  exports io.crmkit.core.interaction.maintenance;
  exports io.crmkit.core.personality;
  exports io.crmkit.core.customize;
  exports io.crmkit.core.rule;
  exports io.crmkit.core.visit;
  exports io.crmkit.core.service;
  exports io.crmkit.core.lifecycle;
}
