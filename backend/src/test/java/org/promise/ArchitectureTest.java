package org.promise;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.transaction.Transactional;
import org.promise.common.wire.WireValue;

/**
 * The shape of the backend: which feature may use which, and how. A feature is a package under org.promise;
 * common holds the shared concerns and knows no feature. A lower feature never learns about a higher one: when a
 * write matters to a higher feature (the scorecard's cache), it announces what changed (FiguresChanged) and the
 * higher one listens.
 */
@AnalyzeClasses(packages = "org.promise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.promise.";

    /** Every feature, lowest first, and the features it uses: the architecture, read top to bottom. */
    @ArchTest
    static final ArchRule featuresUseOnlyTheFeaturesTheyAreAllowed = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("common").definedBy("org.promise.common..")
            .layer("period").definedBy("org.promise.period..")
            .layer("area").definedBy("org.promise.area..")
            .layer("indicator").definedBy("org.promise.indicator..")
            .layer("disclosure").definedBy("org.promise.disclosure..")
            .layer("figure").definedBy("org.promise.figure..")
            .layer("value").definedBy("org.promise.value..")
            .layer("target").definedBy("org.promise.target..")
            .layer("datacheck").definedBy("org.promise.datacheck..")
            .layer("scorecard").definedBy("org.promise.scorecard..")
            .layer("kpi").definedBy("org.promise.kpi..")
            .layer("actionplan").definedBy("org.promise.actionplan..")
            .layer("yousaid").definedBy("org.promise.yousaid..")
            .layer("strategy").definedBy("org.promise.strategy..")
            .layer("report").definedBy("org.promise.report..")
            .layer("me").definedBy("org.promise.me..")
            .layer("board").definedBy("org.promise.board..")
            .layer("account").definedBy("org.promise.account..")
            .layer("meeting").definedBy("org.promise.meeting..")
            .layer("minutes").definedBy("org.promise.minutes..")
            .layer("pack").definedBy("org.promise.pack..")
            .layer("publication").definedBy("org.promise.publication..")
            .layer("dashboard").definedBy("org.promise.dashboard..")
            .layer("docs").definedBy("org.promise.docs..")
            .whereLayer("common").mayNotAccessAnyLayer()
            .whereLayer("period").mayOnlyAccessLayers("common")
            .whereLayer("docs").mayOnlyAccessLayers("common")
            .whereLayer("area").mayOnlyAccessLayers("common")
            .whereLayer("indicator").mayOnlyAccessLayers("common", "period")
            .whereLayer("disclosure").mayOnlyAccessLayers("common", "indicator")
            .whereLayer("figure").mayOnlyAccessLayers("common", "period", "area", "indicator")
            .whereLayer("value").mayOnlyAccessLayers("common", "period", "area", "indicator", "disclosure", "figure")
            .whereLayer("target").mayOnlyAccessLayers("common", "period", "area", "indicator", "figure")
            .whereLayer("datacheck").mayOnlyAccessLayers("common", "period", "area", "indicator", "disclosure",
                    "figure", "value")
            .whereLayer("scorecard").mayOnlyAccessLayers("common", "period", "area", "indicator", "disclosure",
                    "figure", "value", "target")
            .whereLayer("kpi").mayOnlyAccessLayers("common", "period", "area", "indicator", "disclosure", "figure",
                    "value", "target", "scorecard")
            .whereLayer("actionplan").mayOnlyAccessLayers("common", "period", "area", "indicator", "figure",
                    "scorecard")
            .whereLayer("yousaid").mayOnlyAccessLayers("common", "area", "actionplan")
            .whereLayer("strategy").mayOnlyAccessLayers("common", "indicator")
            .whereLayer("report").mayOnlyAccessLayers("common", "period", "area", "indicator", "disclosure",
                    "figure", "value", "target", "scorecard", "actionplan", "yousaid")
            .whereLayer("me").mayOnlyAccessLayers("common", "area")
            .whereLayer("board").mayOnlyAccessLayers("common", "area")
            .whereLayer("account").mayOnlyAccessLayers("common", "area")
            .whereLayer("meeting").mayOnlyAccessLayers("common", "area", "indicator", "actionplan", "report",
                    "board")
            .whereLayer("minutes").mayOnlyAccessLayers("common", "area", "indicator", "actionplan", "report",
                    "board", "meeting")
            .whereLayer("pack").mayOnlyAccessLayers("common", "period", "area", "indicator", "disclosure", "figure",
                    "value", "target", "datacheck", "scorecard", "kpi", "actionplan", "yousaid", "report", "board",
                    "meeting")
            .whereLayer("publication").mayOnlyAccessLayers("common", "area", "report", "pack")
            .whereLayer("dashboard").mayOnlyAccessLayers("common", "period", "area", "datacheck", "scorecard",
                    "actionplan", "yousaid", "strategy", "meeting", "minutes");

    /** Also for a feature the map above does not know yet. */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("org.promise.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("org.promise.common..")
            .should().dependOnClassesThat(resideInAPackage("org.promise..")
                    .and(not(resideInAPackage("org.promise.common.."))));

    /** Another feature's data is read through that feature's service, not its repository or entities' queries. */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyInTheirOwnFeature = classes()
            .that().haveSimpleNameEndingWith("Repository").should(beUsedOnlyInTheirOwnFeature());

    @ArchTest
    static final ArchRule entitiesAreQueriedOnlyInTheirOwnFeature = classes()
            .should(queryOnlyTheEntitiesOfTheirOwnFeature());

    @ArchTest
    static final ArchRule resourcesCallOnlyTheirOwnFeaturesServices = classes()
            .that().haveSimpleNameEndingWith("Resource").should(useOnlyTheServicesOfTheirOwnFeature());

    @ArchTest
    static final ArchRule resourcesReturnNoEntities = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource").should(returnNoEntity());

    /**
     * No transaction, nor the connection it holds, stays open while Keycloak is asked: a change made there is audited
     * afterwards in a transaction of its own (decision 60).
     */
    @ArchTest
    static final ArchRule noTransactionIsHeldWhileKeycloakIsAsked = methods()
            .that().areAnnotatedWith(Transactional.class).should(notAskKeycloak());

    /**
     * A {@link WireValue} attribute names its converter, which converts that very enum, and no converter applies
     * itself: Hibernate matches auto-applied converters against every attribute at each start
     * ({@link org.promise.common.wire.WireValueConverter}).
     */
    @ArchTest
    static final ArchRule wireValueAttributesNameTheirConverter = fields()
            .that().areDeclaredInClassesThat(persistent()).and().areNotStatic()
            .and().haveRawType(JavaClass.Predicates.assignableTo(WireValue.class))
            .should(nameTheConverterOfTheirType());

    @ArchTest
    static final ArchRule noConverterAppliesItself = classes().that().areAnnotatedWith(Converter.class)
            .should(notApplyThemselves());

    private static DescribedPredicate<JavaClass> persistent() {
        return DescribedPredicate.describe("entities, mapped superclasses and embeddables",
                type -> isPersistent(type) || type.isAnnotatedWith(Embeddable.class));
    }

    private static ArchCondition<JavaField> nameTheConverterOfTheirType() {
        return new ArchCondition<>("name the converter of their type with @Convert") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                Class<?> type = field.getRawType().reflect();
                boolean named = field.tryGetAnnotationOfType(Convert.class)
                        .map(convert -> convert.converter().getEnclosingClass() == type).orElse(false);
                if (!named) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " does not name "
                            + type.getSimpleName() + ".Converter with @Convert"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notApplyThemselves() {
        return new ArchCondition<>("not apply themselves") {
            @Override
            public void check(JavaClass converter, ConditionEvents events) {
                if (converter.getAnnotationOfType(Converter.class).autoApply()) {
                    events.add(SimpleConditionEvent.violated(converter, converter.getName() + " is auto-applied"));
                }
            }
        };
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE)) {
            return name;
        }
        int end = name.indexOf('.', BASE.length());
        return end < 0 ? name.substring(BASE.length()) : name.substring(BASE.length(), end);
    }

    private static boolean sameFeature(JavaClass one, JavaClass other) {
        return featureOf(one).equals(featureOf(other));
    }

    private static boolean isPersistent(JavaClass type) {
        return type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(MappedSuperclass.class);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    if (!sameFeature(use.getOriginClass(), repository)) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** Panache's static queries (Area.findById, Target.list...) are a repository by another name. */
    private static ArchCondition<JavaClass> queryOnlyTheEntitiesOfTheirOwnFeature() {
        return new ArchCondition<>("query only the entities of their own feature") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    boolean staticQuery = call.getTarget().resolveMember()
                            .filter(method -> method.getModifiers().contains(JavaModifier.STATIC)).isPresent();
                    if (staticQuery && isPersistent(owner) && !sameFeature(caller, owner)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyTheServicesOfTheirOwnFeature() {
        return new ArchCondition<>("use only the services of their own feature") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                for (Dependency use : resource.getDirectDependenciesFromSelf()) {
                    JavaClass used = use.getTargetClass();
                    if (used.getSimpleName().endsWith("Service") && !sameFeature(resource, used)) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no entity, alone or inside another type") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(ArchitectureTest::isPersistent)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                            + method.getReturnType().getName()));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notAskKeycloak() {
        return new ArchCondition<>("not ask Keycloak's Admin API") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().getName().equals(BASE + "account.RealmAdmin")) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " holds a transaction open while it asks Keycloak " + call.getSourceCodeLocation()));
                    }
                }
            }
        };
    }
}
