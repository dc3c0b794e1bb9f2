package org.refinery.backlog.item.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemChanged;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.NewItem;
import org.refinery.backlog.item.ReadinessFacts;
import org.refinery.backlog.item.ReadinessSources;
import org.refinery.backlog.item.ReadinessViews;
import org.refinery.backlog.item.application.ProductBacklog.Added;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.DefinitionsOfReady;
import org.refinery.backlog.product.DeliveryMode;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.product.ReadinessRule;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** Adding and splitting against storage: what is read before the product's lock, and the readiness new items get. */
class ProductBacklogTest {

	static final NewItem DESCRIBED = new NewItem(ItemType.STORY, "Pay by card", "Card payments", List.of(), null, null,
			Set.of(), null);

	final Product product = new Product(UUID.randomUUID(), "PAY", "Payments", null, DeliveryMode.SCALED_SCRUM, 14, null,
			LocalDate.of(2026, 1, 5), 1);

	final Caller admin = new Caller("admin-id", "admin", true, false, false, Set.of(), Set.of());

	final Products products = mock(Products.class);

	final Items items = mock(Items.class);

	final DefinitionsOfReady definitions = mock(DefinitionsOfReady.class);

	final ReadinessSources sources = mock(ReadinessSources.class);

	final ReadinessViews views = mock(ReadinessViews.class);

	final List<Object> published = new ArrayList<>();

	final ProductBacklog backlog = new ProductBacklog(new ItemAccess(products, mock(Teams.class), items, definitions,
			sources, views, published::add), items, mock(BacklogPages.class));

	@BeforeEach
	void aProductWhoseDefinitionOfReadyAsksForADescriptionOnly() {
		when(products.withKey(eq("PAY"), any())).thenReturn(Optional.of(product));
		when(definitions.of(product.id()))
			.thenReturn(new DefinitionOfReady(Set.of(ReadinessRule.HAS_DESCRIPTION), null, List.of()));
		when(items.nextNumber(product.id())).thenReturn(7L, 8L);
		when(items.lastRank(product.id())).thenReturn(Optional.empty());
		when(sources.factsOf(any())).thenReturn(ReadinessFacts.none());
	}

	@Test
	void aNewItemIsStoredAnnouncedAndAnsweredWithOneReadinessWorkedOutWithoutFacts() {
		Added added = backlog.add("PAY", DESCRIBED, admin);

		assertThat(added.item().key()).isEqualTo("PAY-7");
		assertThat(added.readiness().ready()).isTrue();
		verify(items).add(added.item(), true, Actor.of(admin));
		assertThat(published).containsExactly(
				new ItemChanged(Change.CREATED, null, added.item(), added.readiness(), Actor.of(admin), List.of()));
		verifyNoInteractions(sources, views);
	}

	@Test
	void theDefinitionOfReadyIsReadBeforeTheProductsOrderIsLocked() {
		backlog.add("PAY", DESCRIBED, admin);

		InOrder order = inOrder(definitions, items);
		order.verify(definitions).of(product.id());
		order.verify(items).nextNumber(product.id());
	}

	@Test
	void theChildrenOfASplitAreStoredAndAnsweredWithTheirReadinessAndOnlyTheParentsFactsAreRead() {
		Item parent = new Item(UUID.randomUUID(), product.id(), "PAY", "PAY-1", ItemType.EPIC, "Payments", null,
				List.of(), null, null, Set.of(), null, "i", ItemStatus.DRAFT, null, null, 1);
		when(items.byId(parent.id())).thenReturn(Optional.of(parent));
		when(items.neighbourRank(eq(product.id()), anyString(), eq(false))).thenReturn(Optional.empty());

		List<Added> children = backlog.split(parent.id(), 1L, List.of(DESCRIBED, DESCRIBED), admin);

		assertThat(children).extracting(child -> child.item().key()).containsExactly("PAY-7", "PAY-8");
		assertThat(children).allSatisfy(child -> {
			assertThat(child.readiness().ready()).isTrue();
			verify(items).add(child.item(), true, Actor.of(admin));
		});
		verify(sources).factsOf(parent.id());
		verifyNoMoreInteractions(sources);
	}

}
